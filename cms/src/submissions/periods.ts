/** Reporting periods in China time: 月度, 季度, 年度 (and any range for the statistics view). */
export type PeriodType = 'month' | 'quarter' | 'year'

export type Period = { from: Date; to: Date; label: string }

const CHINA_OFFSET_MS = 8 * 3600_000

/** Midnight in China at the start of the given day (month is 1-based). */
export function chinaMidnight(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS)
}

/** `to` is exclusive. */
export function periodOf(type: PeriodType, year: number, index = 1): Period {
  if (type === 'year') return { from: chinaMidnight(year, 1), to: chinaMidnight(year + 1, 1), label: `${year}年` }
  if (type === 'quarter') {
    const start = (index - 1) * 3 + 1
    return { from: chinaMidnight(year, start), to: chinaMidnight(year, start + 3), label: `${year}年第${'一二三四'[index - 1]}季度` }
  }
  return { from: chinaMidnight(year, index), to: chinaMidnight(year, index + 1), label: `${year}年${index}月` }
}

/** Year and month (1-based) of an instant in China. */
export function chinaYearMonth(date: Date | string): { year: number; month: number } {
  const d = new Date(new Date(date).getTime() + CHINA_OFFSET_MS)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }
}

/** The months a range touches, as 'YYYY-MM' (China time), `to` exclusive. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = []
  let { year, month } = chinaYearMonth(from)
  while (chinaMidnight(year, month) < to) {
    months.push(`${year}-${String(month).padStart(2, '0')}`)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

export const monthKey = (date: Date | string): string => {
  const { year, month } = chinaYearMonth(date)
  return `${year}-${String(month).padStart(2, '0')}`
}
