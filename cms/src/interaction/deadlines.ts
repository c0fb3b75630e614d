import { addChinaWorkingDays, isChinaWorkingDay, type WorkingDeadline } from '../calendar/chinaCalendar'

const DAY_MS = 86_400_000
/** Midnight UTC of the China calendar day a moment falls on (the calendar's day key). */
const chinaDayStart = (moment: Date) => new Date(Math.floor((moment.getTime() + 8 * 3_600_000) / DAY_MS) * DAY_MS)

/**
 * Working days from one moment to another on the China calendar: the days after `from`'s day
 * up to and including `to`'s day (a message answered the next working day took 1). 0 when `to`
 * is not later.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0
  const last = chinaDayStart(to).getTime()
  for (let day = chinaDayStart(from).getTime() + DAY_MS; day <= last; day += DAY_MS) if (isChinaWorkingDay(new Date(day))) count++
  return count
}

/** The end of the n-th working day after `start` (holidays and 调休 from 节假日安排). */
export const dueAtFor = (start: Date, days: number): WorkingDeadline => addChinaWorkingDays(start, days)

/** Calendar days since a moment (the 30/60/80-day alarms count calendar days). */
export const daysSince = (from: Date, now: Date): number => Math.floor((now.getTime() - from.getTime()) / DAY_MS)
