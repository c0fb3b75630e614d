/**
 * 留言查询: finding a message by its 查询码 and the last four digits of the mobile number, and what
 * the citizen is shown of it. Every wrong part — an unknown or malformed code, a wrong tail, a
 * code locked after repeated wrong tails — is the same failure: the caller answers it the same
 * way, so nobody learns which part was wrong or whether a code exists.
 */
import type { PayloadRequest } from 'payload'

import { executeSql, sql } from '@gov/review-workflow'

import { addChinaWorkingDays } from '../../calendar/chinaCalendar'
import { ratingLabel, refusalLabel, statusLabel } from '../constants'
import { normaliseQueryCode, phoneTailMatches } from '../queryCode'
import { interactionSettings } from '../settings'

/** The one answer to every wrong part of a lookup. */
export const NOT_FOUND = '查询码或手机号码后四位不正确。'

/** Wrong tails on one code before the code is locked, and for how long. */
export const MAX_TAIL_FAILURES = 5
export const LOCK_MS = 3_600_000

/**
 * A failed lookup is answered no sooner than this after the request arrived: finding no code,
 * finding one and recording a wrong tail, or finding it locked take different times, and the floor
 * hides the difference.
 */
export const FAILURE_FLOOR_MS = 250

type Rel = number | string | { id: number | string; name?: string | null } | null | undefined
const idOf = (v: Rel) => (v && typeof v === 'object' ? v.id : (v ?? null))

export type StoredMessage = {
  id: number | string
  queryCode?: string | null
  type?: Rel
  title?: string | null
  mobile?: string | null
  status?: string | null
  receivedAt?: string | null
  handledAt?: string | null
  unit?: Rel
  dueAt?: string | null
  repliedAt?: string | null
  replyText?: string | null
  refusalReason?: string | null
  refusalNote?: string | null
  rating?: { value?: string | null; comment?: string | null; ratedAt?: string | null; defaulted?: boolean | null } | null
  lookupFailures?: number | null
  lookupLockedUntil?: string | null
}

/** What the citizen sees of a message: no name, mobile, email, ids or addresses. */
export type LookupView = {
  queryCode: string
  typeName: string
  title: string
  status: string
  statusLabel: string
  receivedAt: string | null
  handledAt: string | null
  unitName: string | null
  dueAt: string | null
  repliedAt: string | null
  replyText: string | null
  /** The refusal reason's label (不予受理理由), only for a refused message. */
  refusalReason: string | null
  refusalNote: string | null
  rating: { value: string; label: string; comment: string | null; ratedAt: string | null; defaulted: boolean } | null
  canRate: boolean
  /** The last moment a rating is taken: the reply date plus the rating window in working days. */
  rateUntil: string | null
}

const SELECT = {
  queryCode: true,
  type: true,
  title: true,
  mobile: true,
  status: true,
  receivedAt: true,
  handledAt: true,
  unit: true,
  dueAt: true,
  repliedAt: true,
  replyText: true,
  refusalReason: true,
  refusalNote: true,
  rating: true,
  lookupFailures: true,
  lookupLockedUntil: true,
} as const

/** Never a stored code (the alphabet has no 0 or 1): the query for a malformed code still runs, and finds nothing. */
const NO_CODE = '0000000001'
/** Compared against when no message was found, so the tail check runs either way. */
const NO_MOBILE = '00000000000'

const sleepUntil = (moment: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, moment - Date.now())))

/**
 * The message a code and phone tail open, or null. A wrong tail on an existing code counts
 * against the code; the fifth locks it for an hour, during which even the right tail is refused.
 * A null answer arrives no sooner than {@link FAILURE_FLOOR_MS} after `startedAt`.
 */
export async function openMessage(req: PayloadRequest, fields: Record<string, unknown>, startedAt: number): Promise<StoredMessage | null> {
  const code = normaliseQueryCode(typeof fields.code === 'string' ? fields.code.slice(0, 64) : '')
  const found = await req.payload.find({
    collection: 'messages',
    where: { queryCode: { equals: code ?? NO_CODE } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: SELECT,
  })
  const doc = found.docs[0] as StoredMessage | undefined
  const tailMatches = phoneTailMatches(doc?.mobile ?? NO_MOBILE, typeof fields.phoneLast4 === 'string' || typeof fields.phoneLast4 === 'number' ? fields.phoneLast4 : '')
  const now = Date.now()
  const locked = Boolean(doc?.lookupLockedUntil && Date.parse(doc.lookupLockedUntil) > now)
  if (doc && !locked && tailMatches) {
    if (doc.lookupFailures) await writeGuard(req, doc.id, { lookupFailures: 0, lookupLockedUntil: null })
    return doc
  }
  if (doc && !locked) await countWrongTail(req, doc.id, new Date(now))
  await sleepUntil(startedAt + FAILURE_FLOOR_MS)
  return null
}

/**
 * One more wrong tail for the code, counted in one statement: parallel guesses each count, and
 * the fifth locks the code for an hour (a lookup, or a rating, is refused while it is locked).
 */
async function countWrongTail(req: PayloadRequest, id: number | string, now: Date) {
  const until = new Date(now.getTime() + LOCK_MS).toISOString()
  await executeSql(
    req,
    sql`update messages set
      lookup_failures = case when coalesce(lookup_failures, 0) + 1 >= ${MAX_TAIL_FAILURES} then 0 else coalesce(lookup_failures, 0) + 1 end,
      lookup_locked_until = case when coalesce(lookup_failures, 0) + 1 >= ${MAX_TAIL_FAILURES} then ${until}::timestamptz else lookup_locked_until end
      where id = ${Number(id)} and (lookup_locked_until is null or lookup_locked_until <= ${now.toISOString()}::timestamptz)`,
  )
}

/** The lookup guard's own fields, written without touching anything else of the message. */
async function writeGuard(req: PayloadRequest, id: number | string, data: { lookupFailures: number; lookupLockedUntil?: string | null }) {
  await req.payload.update({ collection: 'messages', id, data, depth: 0, overrideAccess: true, req, context: { lookupGuard: true } })
}

/** The citizen's view of a message, with the rating window from the settings. */
export async function lookupView(req: PayloadRequest, doc: StoredMessage, now = new Date()): Promise<LookupView> {
  const settings = await interactionSettings(req)
  const typeId = idOf(doc.type)
  const unitId = idOf(doc.unit)
  const [type, unit] = await Promise.all([
    typeId != null ? req.payload.findByID({ collection: 'message-types', id: typeId, depth: 0, overrideAccess: true, req, select: { name: true } }).catch(() => null) : null,
    unitId != null ? req.payload.findByID({ collection: 'units', id: unitId, depth: 0, overrideAccess: true, req, select: { name: true } }).catch(() => null) : null,
  ])
  const answered = doc.status === 'answered' && Boolean(doc.repliedAt)
  const rateUntil = answered ? addChinaWorkingDays(new Date(doc.repliedAt!), settings.ratingWindowDays).dueAt.toISOString() : null
  const rated = Boolean(doc.rating?.value)
  return {
    queryCode: doc.queryCode ?? '',
    typeName: (type as { name?: string } | null)?.name ?? '',
    title: doc.title ?? '',
    status: doc.status ?? 'received',
    statusLabel: statusLabel(doc.status),
    receivedAt: doc.receivedAt ?? null,
    handledAt: doc.handledAt ?? null,
    unitName: (unit as { name?: string } | null)?.name ?? null,
    dueAt: doc.status === 'assigned' ? (doc.dueAt ?? null) : null,
    repliedAt: answered ? doc.repliedAt! : null,
    replyText: answered ? (doc.replyText ?? null) : null,
    refusalReason: doc.status === 'refused' ? refusalLabel(doc.refusalReason) : null,
    refusalNote: doc.status === 'refused' ? (doc.refusalNote ?? null) : null,
    rating: rated
      ? { value: doc.rating!.value!, label: ratingLabel(doc.rating!.value) ?? '', comment: doc.rating!.comment ?? null, ratedAt: doc.rating!.ratedAt ?? null, defaulted: Boolean(doc.rating!.defaulted) }
      : null,
    canRate: answered && !rated && rateUntil !== null && now.getTime() <= Date.parse(rateUntil),
    rateUntil,
  }
}
