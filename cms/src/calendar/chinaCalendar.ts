/**
 * China's working-day calendar: public holidays and weekend make-up workdays (调休) from the
 * State Council's yearly notice. Years without published data fall back to Monday–Friday
 * (the 2027 schedule is not available yet; it becomes editable data with the disclosure work).
 */
import holidays2026 from './cn-holidays-2026.json'

type YearData = { year: number; holidays: { name: string; from: string; to: string }[]; workdays: string[] }

const YEARS: YearData[] = [holidays2026 as YearData]

const offDays = new Set<string>()
const makeUpDays = new Set<string>()
for (const year of YEARS) {
  for (const block of year.holidays) {
    for (let d = new Date(`${block.from}T00:00:00Z`); d <= new Date(`${block.to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
      offDays.add(d.toISOString().slice(0, 10))
    }
  }
  for (const day of year.workdays) makeUpDays.add(day)
}

export const calendarYears = YEARS.map((y) => y.year)

/** `day` is midnight UTC of the calendar day in China. */
export function isChinaWorkingDay(day: Date): boolean {
  const key = day.toISOString().slice(0, 10)
  if (makeUpDays.has(key)) return true
  if (offDays.has(key)) return false
  const weekday = day.getUTCDay()
  return weekday !== 0 && weekday !== 6
}
