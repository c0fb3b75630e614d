import type { CollectionBeforeChangeHook } from 'payload'


import { addChinaWorkingDays } from '../../../calendar/chinaCalendar'
import { nextCounterValue } from '../../../disclosure/indexNo'
import { hasRole } from '../../../lib/roles'
import { userError } from '../../../lib/userErrors'

/** 条例第三十三条: 20 working days from receipt; once 20 more with the office head's consent. */
export const ANSWER_DAYS = 20
export const EXTENSION_DAYS = 20

const chinaYear = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).getUTCFullYear()

/**
 * Receipt number and due date on registration; the one extension, recorded with who approved
 * it, when and why; the reply date when an outcome is given.
 */
export const scheduleApplication: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const receivedAt = String(data.receivedAt ?? originalDoc?.receivedAt ?? new Date().toISOString())
  data.receivedAt = receivedAt
  if (operation === 'create') {
    const year = chinaYear(receivedAt)
    const serial = await nextCounterValue(req, `application:${year}`)
    data.receiptNo = `依申请〔${year}〕${serial}号`
  } else {
    data.receiptNo = originalDoc?.receiptNo
  }

  const before = originalDoc?.extension as { extended?: boolean; reason?: string; approvedBy?: unknown; approvedAt?: string } | undefined
  const extension = { ...(before ?? {}), ...(data.extension ?? {}) }
  if (before?.extended) {
    if (!extension.extended || extension.reason !== before.reason) throw userError('答复期限只能延长一次，延期记录不能修改或撤销。', 400)
    data.extension = before
  } else if (extension.extended) {
    if (!hasRole(req.user, 'unitHead', 'leader')) {
      throw userError('延长答复期限须经政府信息公开工作机构负责人同意：请由单位负责人或分管领导批准。', 403)
    }
    if (!String(extension.reason ?? '').trim()) throw userError('延长答复期限须填写延期理由。', 400)
    data.extension = { extended: true, reason: String(extension.reason).trim(), approvedBy: req.user!.id, approvedAt: new Date().toISOString() }
  } else {
    data.extension = { extended: false, reason: null, approvedBy: null, approvedAt: null }
  }

  const first = addChinaWorkingDays(new Date(receivedAt), ANSWER_DAYS)
  const due = data.extension.extended ? addChinaWorkingDays(first.dueAt, EXTENSION_DAYS) : first
  data.dueAt = due.dueAt.toISOString()
  const missing = [...new Set([...first.calendarMissingYears, ...due.calendarMissingYears])].sort()
  data.calendarMissingYears = missing.length ? missing.join(',') : null

  const outcome = data.outcome ?? originalDoc?.outcome
  if (outcome) {
    data.status = 'replied'
    if (!data.repliedAt && !originalDoc?.repliedAt) data.repliedAt = new Date().toISOString()
  } else if ((data.status ?? originalDoc?.status) === 'replied') {
    throw userError('标记为“已答复”前请选择办理结果。', 400)
  }
  return data
}
