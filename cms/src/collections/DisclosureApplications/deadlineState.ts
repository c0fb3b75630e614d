import { addChinaWorkingDays, missingYearsWarning } from '../../calendar/chinaCalendar'

type Row = { status?: string | null; dueAt?: string | null; calendarMissingYears?: string | null }

/** 已答复 / 已逾期 / 即将到期 / 办理中, with the calendar warning when a year had no data. */
export function deadlineState(row: Row, dueSoonDays: number, now = new Date()): { key: 'replied' | 'overdue' | 'dueSoon' | 'open'; label: string } {
  const warning = missingYearsWarning(row.calendarMissingYears ? row.calendarMissingYears.split(',').map(Number) : [])
  const suffix = warning ? '（节假日安排缺失，期限为估算）' : ''
  if (row.status === 'replied') return { key: 'replied', label: '已答复' }
  if (!row.dueAt) return { key: 'open', label: '办理中' }
  const due = new Date(row.dueAt)
  if (due < now) return { key: 'overdue', label: `已逾期${suffix}` }
  if (due <= addChinaWorkingDays(now, dueSoonDays).dueAt) return { key: 'dueSoon', label: `即将到期${suffix}` }
  return { key: 'open', label: `办理中${suffix}` }
}
