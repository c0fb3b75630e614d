/** Monday to Friday; a host application passes a calendar with public holidays and 调休 workdays. */
export const weekdaysOnly = (date: Date): boolean => {
  const day = date.getUTCDay()
  return day !== 0 && day !== 6
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * The end (23:59:59 China time) of the n-th working day after `start`.
 * `isWorkingDay` receives a Date at midnight UTC of the China-local calendar day.
 */
export function addWorkingDays(start: Date, days: number, isWorkingDay: (day: Date) => boolean = weekdaysOnly): Date {
  const local = new Date(start.getTime() + CHINA_OFFSET_MS)
  let cursor = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
  let counted = 0
  for (let guard = 0; counted < days; guard++) {
    if (guard > 3660) throw new Error('工作日计算超出范围：请检查节假日设置。')
    cursor += 24 * 60 * 60 * 1000
    if (isWorkingDay(new Date(cursor))) counted++
  }
  return new Date(cursor + 24 * 60 * 60 * 1000 - 1000 - CHINA_OFFSET_MS)
}
