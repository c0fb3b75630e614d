import type { Endpoint, PayloadRequest } from 'payload'

import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { portalUrl } from '../../lib/env'
import { disclosureSettings } from '../settings'
import { HONEYPOT_FIELD } from './fields'
import { renderFormPage, renderReceiptPage, renderThanksPage } from './page'
import { acceptedToday, allowAttempt, clientAddress } from './rateLimit'
import { cleanInput, validateApplication, type ApplicationErrors } from './validate'

type Body = { kind: 'json' | 'form'; fields: Record<string, unknown> }

async function readBody(req: PayloadRequest): Promise<Body | null> {
  const type = req.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const json = await req.json!()
      return json && typeof json === 'object' && !Array.isArray(json) ? { kind: 'json', fields: json as Record<string, unknown> } : null
    }
    if (type.includes('application/x-www-form-urlencoded')) {
      return { kind: 'form', fields: Object.fromEntries(new URLSearchParams(await req.text!())) }
    }
    if (type.includes('multipart/form-data')) {
      const form = await req.formData!()
      return { kind: 'form', fields: Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) }
    }
  } catch {
    return null
  }
  return null
}

const html = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } })

/**
 * POST /api/disclosure/applications — the public 依申请公开 form. Accepts JSON or a form post
 * (application/x-www-form-urlencoded, the portal's form without JavaScript). JSON answers:
 * 201 { receiptNo, receivedAt, dueAt, calendarMissingYears, warning } or
 * 400 / 429 { errors: { field: message } }. Form posts get an HTML page: the receipt (201) or
 * the form again with what was typed and the errors (400 / 429).
 */
export const submitApplicationEndpoint: Endpoint = {
  path: '/disclosure/applications',
  method: 'post',
  handler: async (req) => {
    const action = `${req.payload.config.routes.api}/disclosure/applications`
    const body = await readBody(req)
    if (!body) {
      return Response.json({ errors: { _form: '无法读取申请内容：请以 JSON 或表单（application/x-www-form-urlencoded）提交。' } }, { status: 400 })
    }
    const values = cleanInput(body.fields)
    const refuse = (status: number, errors: ApplicationErrors & { _form?: string }, message?: string) =>
      body.kind === 'json' ? Response.json({ errors }, { status }) : html(renderFormPage(action, values, errors, message), status)

    if (String(body.fields[HONEYPOT_FIELD] ?? '').trim()) {
      // A bot filled the hidden field: answer like a success, store nothing.
      return body.kind === 'json' ? Response.json({ received: true }, { status: 200 }) : html(renderThanksPage(), 200)
    }
    const address = clientAddress(req)
    if (!allowAttempt(address)) {
      const message = '提交过于频繁，请十分钟后再试。'
      return refuse(429, { _form: message }, message)
    }
    const errors = validateApplication(values)
    if (Object.keys(errors).length > 0) return refuse(400, errors)
    const settings = await disclosureSettings(req)
    if ((await acceptedToday(req, address)) >= settings.applicationsPerIpPerDay) {
      const message = `同一网络地址24小时内最多在线提交${settings.applicationsPerIpPerDay}件申请，请稍后再试，或以信函、当面方式提交。`
      return refuse(429, { _form: message }, message)
    }
    const doc = await req.payload.create({
      collection: 'disclosure-applications',
      overrideAccess: true,
      req,
      data: {
        ...values,
        orgType: values.applicantKind === 'legal' ? values.orgType : undefined,
        receivedVia: 'online',
        receivedAt: new Date().toISOString(),
        sourceIp: address,
      } as never,
    })
    const years = doc.calendarMissingYears ? doc.calendarMissingYears.split(',').map(Number) : []
    const receipt = {
      receiptNo: doc.receiptNo!,
      receivedAt: doc.receivedAt!,
      dueAt: doc.dueAt!,
      calendarMissingYears: years,
      warning: missingYearsWarning(years),
    }
    return body.kind === 'json' ? Response.json(receipt, { status: 201 }) : html(renderReceiptPage(receipt, portalUrl()), 201)
  },
}
