/**
 * Email through nodemailer when SMTP is configured; otherwise Payload's default, which writes
 * messages to the console (development). The adapter is Payload's small documented interface.
 */
import type { EmailAdapter } from 'payload'

import nodemailer from 'nodemailer'

export function smtpEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  if (!env.SMTP_HOST) return undefined
  const from = env.MAIL_FROM ?? `noreply@${env.SMTP_HOST}`
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 465),
    secure: (env.SMTP_SECURE ?? 'true') !== 'false',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: from,
    defaultFromName: env.MAIL_FROM_NAME ?? '政府网站信息审核发布系统',
    sendEmail: async (message) => transport.sendMail({ from, ...message }),
  })
}
