/**
 * When a filing is due and in which period it is rolled up, from its form's rules (data):
 * N China working days after a date in the filing (政务接待: 10 working days after the
 * reception), or a day of the period's year (表一: a yearly collection). Overdue marks compare
 * the first submission with the due time.
 */
import { addChinaWorkingDays, missingYearsWarning } from '../calendar/chinaCalendar'
import { formatChineseDate } from '../disclosure/format'
import { isBlank, toNumber } from './checkFiling'
import type { FormData, FormDefinition } from './types'

const CHINA = '+08:00'

/** The China-local calendar day of a date or date-time value, YYYY-MM-DD. */
const dayOf = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null)

/** The filing's period: 'YYYY-MM' (monthly forms), 'YYYY' (yearly), or null. */
export function periodOf(form: Pick<FormDefinition, 'period' | 'periodField'>, data: FormData): string | null {
  if (!form.period || form.period === 'none' || !form.periodField) return null
  const value = data[form.periodField]
  if (isBlank(value)) return null
  const year = toNumber(value)
  if (Number.isInteger(year) && year > 1900 && year < 3000) return form.period === 'year' ? String(year) : null
  const day = dayOf(value)
  if (!day) return null
  return form.period === 'year' ? day.slice(0, 4) : day.slice(0, 7)
}

/** 2026年5月 / 2026年度 */
export function periodLabel(period: string | null | undefined): string {
  if (!period) return ''
  const [year, month] = period.split('-')
  return month ? `${year}年${Number(month)}月` : `${year}年度`
}

export type Due = { dueAt: Date | null; note: string | null }

/** When the filing is due, and a note when the calendar lacked a year's holidays. */
export function dueOf(form: FormDefinition, data: FormData): Due {
  if (form.deadlineType === 'workingDaysAfter' && form.deadlineField && form.deadlineDays) {
    const day = dayOf(data[form.deadlineField])
    if (!day) return { dueAt: null, note: null }
    const { dueAt, calendarMissingYears } = addChinaWorkingDays(new Date(`${day}T00:00:00${CHINA}`), form.deadlineDays)
    return { dueAt, note: missingYearsWarning(calendarMissingYears) }
  }
  if (form.deadlineType === 'yearlyDate' && form.dueMonth && form.dueDay) {
    const period = periodOf(form, data)
    if (!period) return { dueAt: null, note: null }
    const pad = (n: number) => String(n).padStart(2, '0')
    return { dueAt: new Date(`${period.slice(0, 4)}-${pad(form.dueMonth)}-${pad(form.dueDay)}T23:59:59${CHINA}`), note: null }
  }
  return { dueAt: null, note: null }
}

/** When a monthly period's roll-up is due: the given day of the following month (每月10日前报上月). */
export function rollupDueAt(form: Pick<FormDefinition, 'rollupDueDay'>, period: string): Date | null {
  const [year, month] = period.split('-').map(Number)
  if (!form.rollupDueDay || !month) return null
  const next = new Date(Date.UTC(year, month, form.rollupDueDay))
  return new Date(`${next.toISOString().slice(0, 10)}T23:59:59${CHINA}`)
}

export type DeadlineState = 'none' | 'open' | 'onTime' | 'late' | 'overdue'

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  none: '无期限',
  open: '未到期',
  onTime: '按期报送',
  late: '逾期报送',
  overdue: '已逾期未报',
}

/** Whether a filing was (or is being) filed in time; `filedAt` is its first submission. */
export function deadlineState(dueAt: Date | string | null | undefined, filedAt: Date | string | null | undefined, now = new Date()): DeadlineState {
  if (!dueAt) return 'none'
  const due = new Date(dueAt).getTime()
  if (filedAt) return new Date(filedAt).getTime() <= due ? 'onTime' : 'late'
  return now.getTime() > due ? 'overdue' : 'open'
}

/** 逾期报送（期限2026年5月15日） for lists and exports. */
export function deadlineText(state: DeadlineState, dueAt: Date | string | null | undefined): string {
  if (state === 'none') return DEADLINE_STATE_LABELS.none
  return `${DEADLINE_STATE_LABELS[state]}（期限${formatChineseDate(dueAt ?? null)}）`
}
