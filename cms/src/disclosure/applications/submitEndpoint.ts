import { ValidationError, type Endpoint } from 'payload'

import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { portalUrl } from '../../lib/env'
import { APPLICATION_BODY_LIMIT, tooLargeMessage } from '../../lib/publicBodyLimits'
import { htmlAnswer, jsonAnswer, readPublicBody } from '../../lib/publicForm'
import { disclosureSettings } from '../settings'
import { APPLICATION_INPUT_FIELDS, HONEYPOT_FIELD, type ApplicationInputField } from './fields'
import { renderFormPage, renderReceiptPage, renderRefusalPage, renderThanksPage } from './page'
import { acceptedToday, allowAttempt, clientAddress } from './rateLimit'
import { cleanInput, validateApplication, wrongTypeErrors, type ApplicationErrors } from './validate'

const html = htmlAnswer
const json = jsonAnswer

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
    const body = await readPublicBody(req, { limit: APPLICATION_BODY_LIMIT })
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
