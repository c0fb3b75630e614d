import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { portalUrl } from '../../lib/env'
import { APPLICATION_BODY_LIMIT, tooLargeMessage } from '../../lib/publicBodyLimits'
import { portalOrigin } from '../../lib/webOrigins'
import { disclosureSettings } from '../settings'
import { APPLICATION_INPUT_FIELDS, HONEYPOT_FIELD, type ApplicationInputField } from './fields'
import { renderFormPage, renderReceiptPage, renderRefusalPage, renderThanksPage } from './page'
import { acceptedToday, allowAttempt, clientAddress } from './rateLimit'
import { cleanInput, validateApplication, wrongTypeErrors, type ApplicationErrors } from './validate'

type Kind = 'json' | 'form'
type Body = { kind: Kind; fields: Record<string, unknown> } | { kind: Kind; problem: 'tooLarge' | 'unreadable' }

const FORM_TYPES = /application\/x-www-form-urlencoded|multipart\/form-data/

/** The body, read no further than the limit: a declared or streamed size over it is refused unread. */
async function readLimited(req: PayloadRequest, limit: number): Promise<Buffer | 'tooLarge'> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) return 'tooLarge'
  const stream = (req as unknown as Request).body
  if (!stream) return Buffer.alloc(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return 'tooLarge'
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

async function readBody(req: PayloadRequest): Promise<Body> {
  const type = req.headers.get('content-type') ?? ''
  const kind: Kind = FORM_TYPES.test(type) ? 'form' : 'json'
  const bytes = await readLimited(req, APPLICATION_BODY_LIMIT)
  if (bytes === 'tooLarge') return { kind, problem: 'tooLarge' }
  try {
    if (type.includes('application/json')) {
      const json: unknown = JSON.parse(bytes.toString('utf8'))
      return json && typeof json === 'object' && !Array.isArray(json) ? { kind, fields: json as Record<string, unknown> } : { kind, problem: 'unreadable' }
    }
    if (type.includes('application/x-www-form-urlencoded')) {
      return { kind, fields: Object.fromEntries(new URLSearchParams(bytes.toString('utf8'))) }
    }
    if (type.includes('multipart/form-data')) {
      const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData()
      return { kind, fields: Object.fromEntries(form.entries()) }
    }
  } catch {
    // malformed JSON or form data
  }
  return { kind, problem: 'unreadable' }
}

/** The portal's form may read the JSON answers (no cookies: the endpoint needs none). */
function corsHeaders(req: PayloadRequest): Record<string, string> {
  const portal = portalOrigin()
  return req.headers.get('origin') === portal ? { 'Access-Control-Allow-Origin': portal, Vary: 'Origin' } : { Vary: 'Origin' }
}

const html = (req: PayloadRequest, body: string, status: number) =>
  new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...corsHeaders(req) },
  })
const json = (req: PayloadRequest, body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...corsHeaders(req) } })

const UNREADABLE = '无法读取申请内容：请以 JSON 或表单（application/x-www-form-urlencoded）提交。'
const UNAVAILABLE = '系统暂时无法受理您的申请，您填写的内容已保留，请稍后重新提交；也可以信函或当面方式提交。'

/** A validation failure on storing, as one Chinese message per field of the form. */
function storageErrors(error: unknown): ApplicationErrors | null {
  if (!(error instanceof ValidationError)) return null
  const errors: ApplicationErrors = {}
  for (const { path } of error.data.errors) {
    const field = (APPLICATION_INPUT_FIELDS as readonly string[]).includes(path) ? (path as ApplicationInputField) : 'description'
    errors[field] ??= '内容不符合要求，请检查后重新填写。'
  }
  return errors
}

/**
 * POST /api/disclosure/applications — the public 依申请公开 form. Accepts JSON or a form post
 * (the portal's form, which works without JavaScript). JSON answers:
 * 201 { receiptNo, receivedAt, dueAt, calendarMissingYears, warning } or
 * 400 / 413 / 429 / 500 { errors: { field: message } }. Form posts get an HTML page: the receipt
 * (201) or the form again with what was typed and the errors. Every message is Chinese.
 */
export const submitApplicationEndpoint: Endpoint = {
  path: '/disclosure/applications',
  method: 'post',
  handler: async (req) => {
    const action = `${req.payload.config.routes.api}/disclosure/applications`
    const body = await readBody(req)
    if ('problem' in body) {
      const message = body.problem === 'tooLarge' ? tooLargeMessage(APPLICATION_BODY_LIMIT) : UNREADABLE
      const status = body.problem === 'tooLarge' ? 413 : 400
      return body.kind === 'json' ? json(req, { errors: { _form: message } }, status) : html(req, renderRefusalPage(message), status)
    }
    const values = cleanInput(body.fields)
    const refuse = (status: number, errors: ApplicationErrors & { _form?: string }, message?: string) =>
      body.kind === 'json' ? json(req, { errors }, status) : html(req, renderFormPage(action, values, errors, message), status)

    if (String(body.fields[HONEYPOT_FIELD] ?? '').trim()) {
      // A bot filled the hidden field: answer like a success, store nothing.
      return body.kind === 'json' ? json(req, { received: true }, 200) : html(req, renderThanksPage(), 200)
    }
    const address = clientAddress(req)
    if (!allowAttempt(address)) {
      const message = '提交过于频繁，请十分钟后再试。'
      return refuse(429, { _form: message }, message)
    }
    const errors = { ...validateApplication(values), ...wrongTypeErrors(body.fields) }
    if (Object.keys(errors).length > 0) return refuse(400, errors)
    const settings = await disclosureSettings(req)
    if ((await acceptedToday(req, address)) >= settings.applicationsPerIpPerDay) {
      const message = `同一网络地址24小时内最多在线提交${settings.applicationsPerIpPerDay}件申请，请稍后再试，或以信函、当面方式提交。`
      return refuse(429, { _form: message }, message)
    }
    let doc
    try {
      doc = await req.payload.create({
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
    } catch (error) {
      const fieldErrors = storageErrors(error)
      if (fieldErrors) return refuse(400, fieldErrors)
      req.payload.logger.error({ err: error }, '依申请公开申请未能保存')
      return refuse(500, { _form: UNAVAILABLE }, UNAVAILABLE)
    }
    const years = doc.calendarMissingYears ? doc.calendarMissingYears.split(',').map(Number) : []
    const receipt = {
      receiptNo: doc.receiptNo!,
      receivedAt: doc.receivedAt!,
      dueAt: doc.dueAt!,
      calendarMissingYears: years,
      warning: missingYearsWarning(years),
    }
    return body.kind === 'json' ? json(req, receipt, 201) : html(req, renderReceiptPage(receipt, portalUrl()), 201)
  },
}
