import type { CollectionBeforeChangeHook } from 'payload'

import { formatChineseDate } from '../../../disclosure/format'
import { dueOf, periodLabel, periodOf } from '../../../forms/deadline'
import { loadForm } from '../../../forms/loadForm'
import type { FormData } from '../../../forms/types'

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '')

/**
 * Derived from the form and the answers on every save: the period the filing is rolled up in,
 * its due time by the form's deadline rule (China working days), and its title —
 * 政务接待信息报告（教育局，2026年5月） or 专栏设置申请表（教育局，“双减”专栏）.
 */
export const describeFiling: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const form = await loadForm(req, data.form ?? originalDoc?.form)
  const answers = (data.data ?? originalDoc?.data ?? {}) as FormData
  const period = periodOf(form, answers)
  const due = dueOf(form, answers)
  data.period = period
  data.dueAt = due.dueAt?.toISOString() ?? null
  data.deadlineNote = due.note
  const unitId = data.unit ?? originalDoc?.unit
  const unit = unitId
    ? await req.payload.findByID({ collection: 'units', id: typeof unitId === 'object' ? unitId.id : unitId, depth: 0, overrideAccess: true, req, disableErrors: true })
    : null
  const named = form.titleField ? text(answers[form.titleField]) : ''
  const anchor = form.deadlineField && typeof answers[form.deadlineField] === 'string' ? formatChineseDate(`${String(answers[form.deadlineField]).slice(0, 10)}T12:00:00+08:00`) : ''
  const detail = named || anchor || periodLabel(period)
  data.title = `${form.name}（${[unit?.shortName || unit?.name, detail].filter(Boolean).join('，')}）`
  return data
}
