/**
 * The period and type of 互动交流统计: `from` and `to` are whole months in China time, both
 * inclusive (YYYY-MM; default January of this year to this month), `type` a message type's code.
 * Pure, so the endpoint, the view and their tests agree on what a URL means.
 */
import { monthRange } from '../stats'

export type StatsPeriod = {
  /** Inclusive first and last month, YYYY-MM. */
  fromMonth: string
  toMonth: string
  /** [from, to) for messageStats. */
  from: Date
  to: Date
  typeCode: string | null
}

export const MAX_MONTHS = 36

const MONTH = /^(\d{4})-(\d{2})$/

export const monthString = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`

/** This month in China, YYYY-MM. */
export function chinaMonth(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3_600_000)
  return monthString(d.getUTCFullYear(), d.getUTCMonth() + 1)
}

/** YYYY-MM between 2000 and 2100, or null. */
export function parseMonth(value: string): string | null {
  const match = MONTH.exec(value)
  if (!match) return null
  const [year, month] = match.slice(1).map(Number)
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? value : null
}

/** The months from `from` to `to`, both inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number)
  const [ty, tm] = to.split('-').map(Number)
  const months: string[] = []
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) months.push(monthString(Math.floor(i / 12), (i % 12) + 1))
  return months
}

/** 2026年1月, or 2026年1月至2026年3月. */
export function periodLabel(fromMonth: string, toMonth: string): string {
  const label = (m: string) => {
    const [year, month] = m.split('-').map(Number)
    return `${year}年${month}月`
  }
  return fromMonth === toMonth ? label(fromMonth) : `${label(fromMonth)}至${label(toMonth)}`
}

export type ParsedStatsQuery = { period: StatsPeriod; error: null } | { period: null; error: string }

type Params = URLSearchParams | Record<string, string | string[] | undefined> | undefined

function param(params: Params, name: string): string {
  if (!params) return ''
  if (params instanceof URLSearchParams) return params.get(name)?.trim() ?? ''
  const value = params[name]
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim()
}

/** Reads from/to/type; an error says in Chinese what is wrong. Whether the type exists is checked by the caller. */
export function parseStatsPeriod(params: Params, now = new Date()): ParsedStatsQuery {
  const thisMonth = chinaMonth(now)
  const fromText = param(params, 'from')
  const toText = param(params, 'to')
  const fromMonth = fromText ? parseMonth(fromText) : `${thisMonth.slice(0, 4)}-01`
  if (!fromMonth) return { period: null, error: `参数 from（起始月份）“${fromText}”无效，请使用 YYYY-MM 格式，如 2026-01。` }
  const toMonth = toText ? parseMonth(toText) : fromText ? (fromMonth > thisMonth ? fromMonth : thisMonth) : thisMonth
  if (!toMonth) return { period: null, error: `参数 to（截止月份）“${toText}”无效，请使用 YYYY-MM 格式，如 2026-03。` }
  if (fromMonth > toMonth) return { period: null, error: '起始月份不能晚于截止月份。' }
  if (monthsBetween(fromMonth, toMonth).length > MAX_MONTHS) return { period: null, error: `统计期间最长${MAX_MONTHS}个月。` }
  const typeCode = param(params, 'type') || null
  return { period: { fromMonth, toMonth, from: monthRange(fromMonth).from, to: monthRange(toMonth).to, typeCode }, error: null }
}

/** The query string the view, its links and the export share. */
export function statsQueryString(period: Pick<StatsPeriod, 'fromMonth' | 'toMonth' | 'typeCode'>, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ from: period.fromMonth, to: period.toMonth })
  if (period.typeCode) query.set('type', period.typeCode)
  for (const [key, value] of Object.entries(extra)) query.set(key, value)
  return query.toString()
}
