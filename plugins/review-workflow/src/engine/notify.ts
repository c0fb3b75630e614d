import type { PayloadRequest } from 'payload'

import type { NotificationKind } from '../collections/WorkflowNotifications'
import type { SanitizedOptions } from '../options'

type Id = number | string

export type Notice = {
  recipients: Id[]
  kind: NotificationKind
  title: string
  message: string
  collection: string
  docId: Id
  runId: Id
}

/**
 * Tells people what waits for them: an in-app notification in the action's transaction, and an
 * email through Payload's email adapter (console in development), unless the request's context
 * sets `quietNotifications`. A failed email never undoes the action; it is logged.
 */
export async function notify(req: PayloadRequest, options: SanitizedOptions, notice: Notice): Promise<void> {
  const recipients = [...new Set(notice.recipients.map(String))]
  if (recipients.length === 0) return
  const link = `${req.payload.config.routes.admin}/collections/${notice.collection}/${notice.docId}`
  for (const recipient of recipients) {
    await req.payload.create({
      collection: options.slugs.notifications,
      overrideAccess: true,
      req,
      data: {
        recipient: /^\d+$/.test(recipient) ? Number(recipient) : recipient,
        kind: notice.kind,
        title: notice.title,
        message: notice.message,
        link,
        runId: String(notice.runId),
        read: false,
      } as never,
    })
  }
  // Bulk jobs (a demo seed, an import) keep the in-app notices but send no mail.
  if ((req.context as { quietNotifications?: boolean }).quietNotifications) return
  const users = await req.payload.find({
    collection: options.usersCollection as never,
    where: { id: { in: recipients } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true } as never,
  })
  const serverUrl = req.payload.config.serverURL ?? ''
  for (const user of users.docs as unknown as { email?: string }[]) {
    if (!user.email) continue
    try {
      await req.payload.sendEmail({
        to: user.email,
        subject: `【审核通知】${notice.title}`,
        text: `${notice.message}\n\n${serverUrl}${link}`,
      })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `审核通知邮件发送失败：${user.email}` })
    }
  }
}
