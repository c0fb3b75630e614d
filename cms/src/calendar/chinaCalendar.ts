/**
 * China's working-day calendar: public holidays and weekend make-up workdays (调休) from the
 * State Council's yearly notice, kept as data in 节假日安排 (`holiday-calendars`, one document
 * per year) that the system administrator edits. The plugin needs a synchronous
 * `isWorkingDay`, so the data lives in an in-memory cache: loaded at start (`onInit`) and
 * reloaded whenever a year is saved or deleted (`startCalendar` at start, again after migrating). A day in a year without data falls back to
 * Monday–Friday, and deadline calculations report such years (`calendarMissingYears`).
 *
 * Each process holds its own cache: the worker reloads at its own start.
 */
import type { Payload, PayloadRequest } from 'payload'

import { addWorkingDays } from '@gov/review-workflow'

import holidays2026 from './cn-holidays-2026.json'

export type CalendarYear = {
  year: number
  holidays: { name: string; from: string; to: string }[]
  /** Weekend days that are working days (调休上班), YYYY-MM-DD. */
  workdays: string[]
  source?: string
}

/** The 2026 schedule shipped with the system, copied into the database on first start. */
export const BUNDLED_YEARS: CalendarYear[] = [holidays2026 as CalendarYear]

const DAY_MS = 86_400_000

type Cache = { years: Set<number>; offDays: Map<string, string>; makeUpDays: Set<string> }
let cache: Cache = { years: new Set(), offDays: new Map(), makeUpDays: new Set() }

/** Replaces the cached calendar (all years at once). */
export function setCalendarData(years: readonly CalendarYear[]): void {
  const next: Cache = { years: new Set(), offDays: new Map(), makeUpDays: new Set() }
  for (const year of years) {
    next.years.add(year.year)
    for (const block of year.holidays) {
      for (let t = Date.parse(`${block.from}T00:00:00Z`); t <= Date.parse(`${block.to}T00:00:00Z`); t += DAY_MS) {
        next.offDays.set(new Date(t).toISOString().slice(0, 10), block.name)
      }
    }
    for (const day of year.workdays) next.makeUpDays.add(day)
  }
  cache = next
}

export const calendarYears = (): number[] => [...cache.years].sort((a, b) => a - b)

/** `day` is midnight UTC of the calendar day in China. */
export function isChinaWorkingDay(day: Date): boolean {
  const key = day.toISOString().slice(0, 10)
  if (cache.makeUpDays.has(key)) return true
  if (cache.offDays.has(key)) return false
  const weekday = day.getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The holiday a day belongs to, if any (for explanations in the admin). */
export const holidayName = (day: Date): string | undefined => cache.offDays.get(day.toISOString().slice(0, 10))

export type WorkingDeadline = {
  /** The end (23:59:59 China time) of the n-th working day after `start`. */
  dueAt: Date
  /** Years the count ran through without holiday data (counted Monday–Friday). */
  calendarMissingYears: number[]
}

/** Adds working days with the cached calendar and says which years it had no data for. */
export function addChinaWorkingDays(start: Date, days: number): WorkingDeadline {
  const missing = new Set<number>()
  const dueAt = addWorkingDays(start, days, (day) => {
    const year = day.getUTCFullYear()
    if (!cache.years.has(year)) missing.add(year)
    return isChinaWorkingDay(day)
  })
  return { dueAt, calendarMissingYears: [...missing].sort((a, b) => a - b) }
}

/** Years from `start` to `due` (China time) the calendar has no data for. */
export function missingYearsBetween(start: Date, due: Date): number[] {
  const year = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCFullYear()
  const years: number[] = []
  for (let y = year(start); y <= year(due); y++) if (!cache.years.has(y)) years.push(y)
  return years
}

/** The plugin's note on a stage deadline that ran through years without data. */
export const calendarDeadlineNote = (start: Date, due: Date): string | null => missingYearsWarning(missingYearsBetween(start, due))

/** A Chinese warning for a deadline computed without some years' data, or null. */
export function missingYearsWarning(years: readonly number[] | null | undefined): string | null {
  if (!years?.length) return null
  return `${years.join('、')}年节假日安排尚未录入，期限按周一至周五估算；请在国务院办公厅通知发布后于“节假日安排”中录入并重新核对期限。`
}

/** The China-local calendar day (YYYY-MM-DD) of a stored date value. */
export function chinaDay(value: string | Date): string {
  const t = typeof value === 'string' ? Date.parse(value) : value.getTime()
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 10)
}

type CalendarDoc = {
  year: number
  source?: string | null
  holidays?: { name: string; from: string; to: string }[] | null
  workdays?: { date: string }[] | null
}

export function calendarYearFromDoc(doc: CalendarDoc): CalendarYear {
  return {
    year: Number(doc.year),
    source: doc.source ?? undefined,
    holidays: (doc.holidays ?? []).map((h) => ({ name: h.name, from: chinaDay(h.from), to: chinaDay(h.to) })),
    workdays: (doc.workdays ?? []).map((w) => chinaDay(w.date)),
  }
}

/** Loads every year from the database into the cache (inside `req`'s transaction when given). */
export async function loadCalendar(payload: Payload, req?: PayloadRequest): Promise<number[]> {
  const found = await payload.find({ collection: 'holiday-calendars', pagination: false, depth: 0, overrideAccess: true, req })
  setCalendarData(found.docs.map((doc) => calendarYearFromDoc(doc as unknown as CalendarDoc)))
  return calendarYears()
}

/** Stored form of a bundled year: dates at midnight China time. */
export const calendarDocData = (year: CalendarYear) => ({
  year: year.year,
  source: year.source ?? '',
  holidays: year.holidays.map((h) => ({ name: h.name, from: `${h.from}T00:00:00+08:00`, to: `${h.to}T00:00:00+08:00` })),
  workdays: year.workdays.map((date) => ({ date: `${date}T00:00:00+08:00` })),
})

/** Copies the bundled years into an empty calendar collection (first start, seed). */
export async function installDefaultCalendar(payload: Payload): Promise<number> {
  let created = 0
  for (const year of BUNDLED_YEARS) {
    const existing = await payload.count({ collection: 'holiday-calendars', where: { year: { equals: year.year } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    await payload.create({ collection: 'holiday-calendars', overrideAccess: true, data: calendarDocData(year), context: { skipCalendarReload: true } })
    created++
  }
  return created
}

/** PostgreSQL's "relation does not exist", on a query error or one it wraps. */
function isMissingTable(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '42P01') return true
  }
  return false
}

/**
 * At a process's start (onInit) and after migrating: copies the bundled years into an empty
 * calendar, then loads it. On a database not migrated yet (the very first `npm start` boots
 * Payload, then migrates) there is no table to read: nothing is said, and the process that
 * migrates calls this again. Any other failure is a warning, with deadlines counted
 * Monday–Friday meanwhile.
 */
export async function startCalendar(payload: Payload): Promise<number[] | null> {
  try {
    await installDefaultCalendar(payload)
    const years = await loadCalendar(payload)
    payload.logger.info(`节假日安排已加载：${years.join('、') || '无'}年`)
    return years
  } catch (error) {
    if (isMissingTable(error)) return null
    payload.logger.warn(`节假日安排未能加载，期限暂按周一至周五计算：${(error as Error)?.message ?? error}`)
    return null
  }
}
