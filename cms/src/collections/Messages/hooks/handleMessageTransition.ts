import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { refusalLabel, statusLabel } from '../../../interaction/constants'
import { dueAtFor } from '../../../interaction/deadlines'
import { hasRole } from '../../../lib/roles'
import { fieldError, userError } from '../../../lib/userErrors'

type Rel = number | { id: number } | null | undefined
type Extension = { requested?: boolean | null; reason?: string | null; requestedBy?: Rel; requestedAt?: string | null; approved?: boolean | null; approvedBy?: Rel; approvedAt?: string | null; days?: number | null }
type MessageDoc = {
  id?: number
  queryCode?: string | null
  type?: Rel
  status?: string | null
  refusalReason?: string | null
  refusalNote?: string | null
  unit?: Rel
  answerDays?: number | null
  assignedAt?: string | null
  dueAt?: string | null
  calendarMissingYears?: string | null
  handledAt?: string | null
  handledBy?: Rel
  extension?: Extension | null
}

const idOf = (v: Rel) => (v && typeof v === 'object' ? v.id : v ?? null)

const CITIZEN_FIELD_LABELS: Record<string, string> = {
  type: '留言类型',
  leader: '写信对象',
  title: '标题',
  content: '内容',
  name: '姓名',
  mobile: '手机号码',
  email: '电子邮箱',
  publishConsent: '同意公开',
}
const CITIZEN_FIELDS = Object.keys(CITIZEN_FIELD_LABELS)
const idOrValue = (v: unknown) => (v && typeof v === 'object' && 'id' in (v as object) ? (v as { id: unknown }).id : v === '' || v === undefined ? null : v)

/** Set by the reply's final approval: the only way a message becomes 已答复. */
export const REPLY_APPROVED = 'messageReplyApproved'

async function unitName(req: PayloadRequest, unit: Rel): Promise<string> {
  const id = idOf(unit)
  if (id == null) return ''
  const doc = await req.payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true, req, select: { name: true } })
  return doc.name
}

/**
 * The office's decisions on a message, checked and stamped on the server:
 * - 受理并转办 (received → assigned): names a unit; the due date is the type's answer time in
 *   working days from now on the China calendar (the office may set other days);
 * - 不予受理 (received → refused): names a reason from the list (其他 needs a note);
 * - a refused message may be reconsidered (→ received or assigned); 已答复 is reached only by the
 *   reply's final approval and is final;
 * - 延期: the handling unit asks once, with a reason; the office approves once, adding working
 *   days to the due date.
 * Each decision is a record on the audit chain.
 */
export const handleMessageTransition: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req, context }) => {
  if (operation !== 'update' || !originalDoc || context[REPLY_APPROVED]) return data
  const before = originalDoc as MessageDoc
  const after = { ...before, ...data } as MessageDoc
  // The seed dates its demo messages back (Local API only: REST cannot set the context).
  const now = context.now instanceof Date ? context.now : new Date()
  const events: string[] = []
  const invalid = (path: string, message: string) => fieldError('messages', [{ path, message }], req)

  if (before.status === 'answered' && after.status !== 'answered') throw invalid('status', '已答复的留言不能再改变办理状态。')
  if (after.status === 'answered' && before.status !== 'answered') throw invalid('status', '答复须经审核：请由承办单位起草答复并提交审核，终审通过后自动标为已答复。')

  const statusChanged = after.status !== before.status
  let resetExtension = false
  const unitChanged = String(idOf(after.unit)) !== String(idOf(before.unit))
  if (statusChanged || (after.status === 'assigned' && unitChanged)) {
    if (after.status === 'assigned' && !statusChanged) {
      // 改派: the message goes to another unit on the deadline it already has (a hand-over buys no time).
      if (idOf(after.unit) == null) throw invalid('unit', '办理中的留言须有承办单位；不再办理请选择“不予受理”。')
      events.push(`改派：${await unitName(req, before.unit)} → ${await unitName(req, after.unit)}，答复期限不变`)
    } else if (after.status === 'assigned') {
      if (idOf(after.unit) == null) throw invalid('unit', '转办时请选择承办单位。')
      // Days the office typed for this message, else the type's answer time.
      const typed = Number(data.answerDays)
      let days = Number.isInteger(typed) && typed >= 1 && data.answerDays !== before.answerDays ? typed : NaN
      if (Number.isNaN(days)) {
        const typeId = idOf(after.type)
        const type = typeId != null ? await req.payload.findByID({ collection: 'message-types', id: typeId, depth: 0, overrideAccess: true, req }) : null
        days = type?.answerDays ?? 10
      }
      const { dueAt, calendarMissingYears } = dueAtFor(now, days)
      Object.assign(data, {
        answerDays: days,
        assignedAt: now.toISOString(),
        dueAt: dueAt.toISOString(),
        calendarMissingYears: calendarMissingYears.join(',') || null,
        handledAt: now.toISOString(),
        handledBy: req.user?.id ?? null,
        refusalReason: null,
        refusalNote: null,
      })
      resetExtension = true
      events.push(`受理并转办：${await unitName(req, after.unit)}，${days}个工作日内答复`)
    } else if (after.status === 'refused') {
      if (!after.refusalReason) throw invalid('refusalReason', '不予受理时请选择理由。')
      if (after.refusalReason === 'other' && !after.refusalNote?.trim()) throw invalid('refusalNote', '选择“其他”时请填写不予受理的说明。')
      Object.assign(data, { handledAt: now.toISOString(), handledBy: req.user?.id ?? null, unit: null, dueAt: null, assignedAt: null })
      events.push(`不予受理：${refusalLabel(after.refusalReason)}${after.refusalNote?.trim() ? `（${after.refusalNote.trim()}）` : ''}`)
    } else if (after.status === 'received') {
      Object.assign(data, { handledAt: null, handledBy: null, unit: null, dueAt: null, assignedAt: null })
      events.push(`${statusLabel(before.status)} → 待受理`)
    }
  }

  const was = before.extension ?? {}
  const ext = resetExtension ? undefined : ((data.extension ?? undefined) as Extension | undefined)
  // A field the user may not change arrives undefined: only a value that differs is a change.
  const turnedOn = (key: 'requested' | 'approved') => ext?.[key] === true && !was[key]
  const turnedOff = (key: 'requested' | 'approved') => ext?.[key] === false && Boolean(was[key])
  if (ext && (turnedOn('requested') || turnedOn('approved')) && !(before.status === 'assigned' && after.status === 'assigned')) {
    throw invalid('extension.requested', '只有办理中的留言可以申请或批准延期。')
  }
  if (turnedOff('requested')) throw invalid('extension.requested', '延期申请已提出，不能撤销。')
  if (turnedOff('approved')) throw invalid('extension.approved', '延期已批准，不能撤销；每件留言只能延期一次。')
  if (ext && was.requested && ext.reason !== undefined && (ext.reason ?? '') !== (was.reason ?? '')) throw invalid('extension.reason', '延期申请已提出，理由不能再修改。')
  if (ext && turnedOn('requested')) {
    if (!ext.reason || ext.reason.trim().length < 5) throw invalid('extension.reason', '申请延期请写明理由（不少于5个字）。')
    Object.assign(ext, { requestedBy: req.user?.id ?? null, requestedAt: now.toISOString() })
    events.push(`申请延期：${ext.reason.trim()}`)
  }
  if (ext && turnedOn('approved')) {
    if (!hasRole(req.user, 'interactionOfficer') && req.user) throw userError('只有互动交流管理员可以批准延期。', 403)
    if (!(ext.requested ?? was.requested)) throw invalid('extension.approved', '承办单位尚未申请延期。')
    const typed = Number(ext.days)
    const days = Number.isInteger(typed) && typed >= 1 ? typed : after.answerDays ?? 10
    const { dueAt, calendarMissingYears } = dueAtFor(new Date(before.dueAt ?? now), days)
    Object.assign(ext, { approvedBy: req.user?.id ?? null, approvedAt: now.toISOString(), days })
    Object.assign(data, { dueAt: dueAt.toISOString(), calendarMissingYears: calendarMissingYears.join(',') || before.calendarMissingYears || null })
    events.push(`批准延期 ${days} 个工作日`)
  } else if (ext && was.approved && ext.days !== undefined && ext.days !== was.days) {
    throw invalid('extension.days', '延期已批准，延长的工作日不能再修改。')
  }

  // What the citizen wrote may be corrected by the office (a typo, a phone call), never silently:
  // each change is recorded (which fields, not their values). Consent to publication is the
  // citizen's own choice on the form: the office cannot give it for an online message.
  const changed = CITIZEN_FIELDS.filter((f) => data[f] !== undefined && JSON.stringify(idOrValue(data[f])) !== JSON.stringify(idOrValue(before[f as keyof MessageDoc])))
  if (changed.includes('publishConsent') && data.publishConsent && (after as { receivedVia?: string }).receivedVia === 'online') {
    throw invalid('publishConsent', '网上留言是否公开由留言人在提交时选择，不能代为同意。')
  }
  if (changed.length > 0) events.push(`修改留言信息：${changed.map((f) => CITIZEN_FIELD_LABELS[f]).join('、')}`)

  if (resetExtension) data.extension = { requested: false, approved: false, reason: null, requestedBy: null, requestedAt: null, approvedBy: null, approvedAt: null, days: null }

  for (const detail of events) {
    await recordAuditEvent(req, { action: 'caseHandling', docCollection: 'messages', docId: before.id, subject: before.queryCode ?? String(before.id), detail })
  }
  return data
}
