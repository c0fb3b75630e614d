import type { Endpoint, PayloadRequest } from 'payload'

import { clientAddress } from '../../disclosure/applications/rateLimit'
import { LOOKUP_BODY_LIMIT, tooLargeMessage } from '../../lib/publicBodyLimits'
import { htmlAnswer, jsonAnswer, readPublicBody, type AnswerKind } from '../../lib/publicForm'
import { RATINGS } from '../constants'
import { lookupAttempts, ratingAttempts } from './limits'
import { renderLookupPage, type LookupPage } from './pages'
import { lookupView, NOT_FOUND, openMessage, type LookupView } from './view'

export const LOOKUP_PATH = '/interaction/lookup'
export const RATING_PATH = '/interaction/rating'

export const COMMENT_MAX = 500
const UNREADABLE = '无法读取查询内容：请以 JSON 或表单提交查询码和手机号码后四位。'
const TOO_FREQUENT = '查询过于频繁，请十分钟后再试。'
const UNAVAILABLE = '系统暂时无法处理，请稍后再试。'

/** A failure of the system, not of the citizen: a Chinese 500 the portal's script can read. */
function unavailable(req: PayloadRequest, kind: AnswerKind, fields: Record<string, unknown>, error: unknown, what: string): Response {
  req.payload.logger.error({ err: error }, what)
  return answer(req, kind, failure(fields, 500, UNAVAILABLE))
}

type Answer = { status: number; json: unknown; page: Omit<LookupPage, 'lookupAction' | 'ratingAction' | 'status'> }

function answer(req: PayloadRequest, kind: AnswerKind, a: Answer): Response {
  if (kind === 'json') return jsonAnswer(req, a.json, a.status)
  const api = req.payload.config.routes.api
  return htmlAnswer(req, renderLookupPage({ ...a.page, lookupAction: `${api}${LOOKUP_PATH}`, ratingAction: `${api}${RATING_PATH}`, status: a.status }), a.status)
}

const typedCode = (fields: Record<string, unknown>) => (typeof fields.code === 'string' ? fields.code.slice(0, 64) : '')
const typedTail = (fields: Record<string, unknown>) => (typeof fields.phoneLast4 === 'string' || typeof fields.phoneLast4 === 'number' ? String(fields.phoneLast4).trim().slice(0, 8) : '')

const failure = (fields: Record<string, unknown>, status: number, message: string): Answer => ({ status, json: { error: message }, page: { code: typedCode(fields), error: message } })

/** Reads the body and applies the attempt limit; an Answer when the request ends there. */
async function begin(req: PayloadRequest, limiter: typeof lookupAttempts): Promise<{ kind: AnswerKind; fields: Record<string, unknown> } | { kind: AnswerKind; done: Answer }> {
  const body = await readPublicBody(req, { limit: LOOKUP_BODY_LIMIT, jsonOnAccept: true })
  if ('problem' in body) {
    const tooLarge = body.problem === 'tooLarge'
    return { kind: body.kind, done: failure({}, tooLarge ? 413 : 400, tooLarge ? tooLargeMessage(body.limit) : UNREADABLE) }
  }
  if (!limiter.allow(clientAddress(req))) return { kind: body.kind, done: failure(body.fields, 429, TOO_FREQUENT) }
  return { kind: body.kind, fields: body.fields }
}

/**
 * POST /api/interaction/lookup — { code, phoneLast4 } as JSON or a form.
 * 200 LookupView (no name, mobile, email, ids or addresses); every wrong part — unknown or
 * malformed code, wrong tail, a code locked after 5 wrong tails (for an hour) — is the same
 * 404 { error: '查询码或手机号码后四位不正确。' }; 429 { error } past the per-client attempt limit.
 */
export const lookupEndpoint: Endpoint = {
  path: LOOKUP_PATH,
  method: 'post',
  handler: async (req) => {
    const startedAt = Date.now()
    const begun = await begin(req, lookupAttempts)
    if ('done' in begun) return answer(req, begun.kind, begun.done)
    const { kind, fields } = begun
    try {
      const doc = await openMessage(req, fields, startedAt)
      if (!doc) return answer(req, kind, failure(fields, 404, NOT_FOUND))
      const view = await lookupView(req, doc)
      return answer(req, kind, { status: 200, json: view, page: { code: view.queryCode, view, phoneLast4: typedTail(fields) } })
    } catch (error) {
      return unavailable(req, kind, fields, error, '互动交流留言查询失败')
    }
  },
}

/**
 * POST /api/interaction/rating — { code, phoneLast4, value: satisfied|basic|unsatisfied, comment? }.
 * 200 LookupView with the rating; 404 as the lookup; 400 { error } for a missing value or a
 * comment over 500 characters; 409 { error } before the reply, after the window, or when already
 * rated (a rating is given once).
 */
export const ratingEndpoint: Endpoint = {
  path: RATING_PATH,
  method: 'post',
  handler: async (req) => {
    const startedAt = Date.now()
    const begun = await begin(req, ratingAttempts)
    if ('done' in begun) return answer(req, begun.kind, begun.done)
    const { kind, fields } = begun
    try {
      const doc = await openMessage(req, fields, startedAt)
      if (!doc) return answer(req, kind, failure(fields, 404, NOT_FOUND))
      const view = await lookupView(req, doc)
      const refuse = (status: number, message: string, current: LookupView = view): Response =>
        answer(req, kind, { status, json: { error: message }, page: { code: current.queryCode, view: current, phoneLast4: typedTail(fields), ratingError: message } })

      if (view.rating) return refuse(409, '该留言已评价，每条留言只能评价一次。')
      if (view.status !== 'answered' || !view.rateUntil) return refuse(409, '留言答复后才能评价。')
      if (!view.canRate) return refuse(409, '评价期限已过：答复后规定的工作日内未评价的，视为满意。')
      const value = typeof fields.value === 'string' ? fields.value.trim() : ''
      if (!RATINGS.some((r) => r.value === value)) return refuse(400, '请选择评价：满意、基本满意或不满意。')
      const comment = typeof fields.comment === 'string' ? fields.comment.replace(/\r\n/g, '\n').trim() : ''
      if (fields.comment != null && typeof fields.comment !== 'string') return refuse(400, '评价意见应填写文字。')
      if (comment.length > COMMENT_MAX) return refuse(400, `评价意见不能超过${COMMENT_MAX}个字（现为${comment.length}个字）。`)

      // Once: the write only applies while the message is still unrated.
      const updated = await req.payload.update({
        collection: 'messages',
        where: { and: [{ id: { equals: doc.id } }, { 'rating.value': { exists: false } }] },
        data: { rating: { value: value as never, comment: comment || null, ratedAt: new Date().toISOString(), defaulted: false } },
        depth: 0,
        overrideAccess: true,
        req,
        context: { citizenRating: true },
      })
      if (updated.errors.length > 0) throw updated.errors[0]
      if (updated.docs.length === 0) return refuse(409, '该留言已评价，每条留言只能评价一次。')
      const rated = await lookupView(req, { ...doc, rating: updated.docs[0].rating as never })
      return answer(req, kind, { status: 200, json: rated, page: { code: rated.queryCode, view: rated, rated: true } })
    } catch (error) {
      return unavailable(req, kind, fields, error, '互动交流满意度评价未能保存')
    }
  },
}
