/**
 * The query of /api/submission-stats: `from` and `to` are whole days in China time, both
 * inclusive (YYYY-MM-DD; default 1 January of this year to today), `unitLevel` one of OFFICE_LEVELS.
 */

import { OFFICE_LEVELS, type OfficeLevel } from '../constants'
import { chinaMidnight } from '../periods'
import { userError } from '../../lib/userErrors'

export type StatsParams = { from: Date; to: Date; unitLevel: OfficeLevel | null }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today in China as [year, month, day]. */
function chinaToday(now: Date): [number, number, number] {
  const d = new Date(now.getTime() + 8 * 3600_000)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

function parseDay(name: 'from' | 'to', value: string): [number, number, number] {
  const match = DAY.exec(value)
  const [y, m, d] = match ? match.slice(1).map(Number) : [NaN, NaN, NaN]
  const check = new Date(Date.UTC(y, m - 1, d))
  if (!match || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw userError(`参数 ${name}（${name === 'from' ? '开始日期' : '结束日期'}）“${value}”不是有效日期，请使用 YYYY-MM-DD 格式，如 2026-01-01。`, 400)
  }
  return [y, m, d]
}

/** Parses the query; `to` of the result is exclusive (midnight starting the day after). */
export function parseStatsQuery(params: URLSearchParams, now = new Date()): StatsParams {
  const today = chinaToday(now)
  const text = (name: string) => params.get(name)?.trim() || undefined
  const fromText = text('from')
  const toText = text('to')
  const [fy, fm, fd] = fromText ? parseDay('from', fromText) : [today[0], 1, 1]
  const [ty, tm, td] = toText ? parseDay('to', toText) : today
  const from = chinaMidnight(fy, fm, fd)
  const to = chinaMidnight(ty, tm, td + 1)
  if (from >= to) throw userError('参数 from（开始日期）不能晚于参数 to（结束日期）。', 400)

  const level = text('unitLevel')
  if (level && !OFFICE_LEVELS.some((l) => l.value === level)) {
    throw userError(`参数 unitLevel（单位层级）“${level}”无效，可选：${OFFICE_LEVELS.map((l) => `${l.value}（${l.label.zh}）`).join('、')}。`, 400)
  }
  return { from, to, unitLevel: (level as OfficeLevel | undefined) ?? null }
}
