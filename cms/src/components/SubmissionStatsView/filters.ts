/**
 * The filters of 报送统计, read from the query string of a plain GET form: a period preset
 * (`period`) or inclusive days `from`/`to` (YYYY-MM-DD, China time), and `unitLevel`.
 * Pure, so the view and its tests agree on what a URL means.
 */
import { OFFICE_LEVELS, type OfficeLevel } from '../../submissions/constants'
import { chinaMidnight } from '../../submissions/periods'

export const PERIOD_PRESETS = [
  { value: 'thisMonth', label: '本月' },
  { value: 'thisQuarter', label: '本季度' },
  { value: 'thisYear', label: '本年' },
  { value: 'lastMonth', label: '上月' },
] as const

export type PeriodPreset = (typeof PERIOD_PRESETS)[number]['value']

export type Day = { year: number; month: number; day: number }

export type StatsFilters = {
  /** The preset the range came from, or null for 自定义起止日期. */
  preset: PeriodPreset | null
  /** Inclusive first and last day, YYYY-MM-DD. */
  fromDay: string
  toDay: string
  /** Instants for computeSubmissionStats: China midnight of fromDay, and of the day after toDay. */
  from: Date
  to: Date
  unitLevel: OfficeLevel | null
  /** A Chinese message when the submitted dates could not be used. */
  error: string | null
}

type Params = Record<string, string | string[] | undefined> | undefined

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim()

/** A calendar day from y/m/d, normalising overflow (month 13, day 0) like Date.UTC. */
export function dayOf(year: number, month: number, day: number): Day {
  const d = new Date(Date.UTC(year, month - 1, day))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export const dayString = ({ year, month, day }: Day): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** Today's date in China. */
export function chinaToday(now: Date): Day {
  const d = new Date(now.getTime() + 8 * 3600_000)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** YYYY-MM-DD to a day, or null when it is not a real date between 2000 and 2100. */
export function parseDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  if (year < 2000 || year > 2100) return null
  const normal = dayOf(year, month, day)
  return normal.month === month && normal.day === day ? normal : null
}

const compare = (a: Day, b: Day) => (a.year - b.year) * 10_000 + (a.month - b.month) * 100 + (a.day - b.day)

export function presetRange(preset: PeriodPreset, today: Day): { from: Day; to: Day } {
  const { year, month } = today
  if (preset === 'thisMonth') return { from: dayOf(year, month, 1), to: today }
  if (preset === 'thisQuarter') return { from: dayOf(year, Math.floor((month - 1) / 3) * 3 + 1, 1), to: today }
  if (preset === 'lastMonth') return { from: dayOf(year, month - 1, 1), to: dayOf(year, month, 0) }
  return { from: dayOf(year, 1, 1), to: today }
}

function build(preset: PeriodPreset | null, from: Day, to: Day, unitLevel: OfficeLevel | null, error: string | null): StatsFilters {
  return {
    preset,
    fromDay: dayString(from),
    toDay: dayString(to),
    from: chinaMidnight(from.year, from.month, from.day),
    to: chinaMidnight(to.year, to.month, to.day + 1),
    unitLevel,
    error,
  }
}

/** Default: 本年, from 1 January to today. */
export function parseStatsFilters(params: Params, now: Date = new Date()): StatsFilters {
  const today = chinaToday(now)
  const level = first(params?.unitLevel)
  const unitLevel = OFFICE_LEVELS.some((o) => o.value === level) ? (level as OfficeLevel) : null
  const period = first(params?.period)
  const preset = PERIOD_PRESETS.find((p) => p.value === period)?.value
  const rawFrom = first(params?.from)
  const rawTo = first(params?.to)
  const fallback = (error: string | null) => {
    const range = presetRange('thisYear', today)
    return build('thisYear', range.from, range.to, unitLevel, error)
  }

  if (preset) {
    const range = presetRange(preset, today)
    return build(preset, range.from, range.to, unitLevel, null)
  }
  if (!rawFrom && !rawTo) return fallback(null)

  const from = rawFrom ? parseDay(rawFrom) : null
  const to = rawTo ? parseDay(rawTo) : null
  if ((rawFrom && !from) || (rawTo && !to)) return fallback('日期格式不正确（应为“年-月-日”，如2026-05-01），已显示本年统计。')
  // One end left empty: the start of that year, or today (but not before the start).
  const start = from ?? dayOf(to!.year, 1, 1)
  const end = to ?? (compare(today, start) >= 0 ? today : start)
  if (compare(start, end) > 0) return fallback('开始日期不能晚于结束日期，已显示本年统计。')
  return build(null, start, end, unitLevel, null)
}

/** 2026年5月1日 for a YYYY-MM-DD day. */
export function chineseDay(value: string): string {
  const [year, month, day] = value.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** The query string the view and its Excel export share. */
export function statsQuery(filters: Pick<StatsFilters, 'fromDay' | 'toDay' | 'unitLevel'>): string {
  const query = new URLSearchParams({ from: filters.fromDay, to: filters.toDay, unitLevel: filters.unitLevel ?? '' })
  return query.toString()
}
