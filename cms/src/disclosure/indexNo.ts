/**
 * 索引号: generated from a configurable pattern when a document is first published (in the
 * approving transaction), e.g. `{orgCode}/{year}-{serial:5}` → 11350100MB0000002B/2026-00001.
 * The serial comes from a counter row per pattern prefix (`disclosure-counters`), incremented
 * with one `INSERT … ON CONFLICT DO UPDATE … RETURNING`: the row lock serialises concurrent
 * approvals, a rolled-back approval rolls its number back with it (no number is ever used by
 * two documents), and a number once committed is never handed out again.
 */
import type { PayloadRequest } from 'payload'

import { executeSql, sql } from '@gov/review-workflow'

export const DEFAULT_INDEX_PATTERN = '{orgCode}/{year}-{serial:5}'

const TOKEN = /\{(orgCode|year|category|serial)(?::(\d{1,2}))?\}/g

export type IndexValues = { orgCode: string; year: number; category?: string | null }

/** A pattern must contain exactly one {serial} and only known placeholders. */
export function validateIndexPattern(pattern: unknown): true | string {
  const value = String(pattern ?? '')
  if (!value.trim()) return '请填写索引号格式。'
  const unknown = value.replace(TOKEN, '').match(/\{[^}]*\}/g)
  if (unknown) return `索引号格式含有无法识别的占位符：${unknown.join('、')}。可用：{orgCode}、{year}、{category}、{serial:位数}。`
  const serials = value.match(/\{serial(?::\d{1,2})?\}/g) ?? []
  if (serials.length !== 1) return '索引号格式须包含且只包含一个顺序号占位符 {serial} 或 {serial:位数}。'
  return true
}

/** The counter key: the pattern with everything but the serial filled in. */
export function indexScope(pattern: string, values: IndexValues): string {
  return render(pattern, values, '#')
}

export function formatIndexNo(pattern: string, values: IndexValues, serial: number): string {
  return render(pattern, values, serial)
}

function render(pattern: string, values: IndexValues, serial: number | '#'): string {
  return pattern.replace(TOKEN, (_, name: string, width?: string) => {
    if (name === 'serial') return serial === '#' ? '#' : String(serial).padStart(Number(width ?? 1), '0')
    if (name === 'year') return String(values.year)
    if (name === 'category') return values.category ?? '000'
    return values.orgCode
  })
}

/** The next value of a counter, in the request's transaction (row-locked until it ends). */
export async function nextCounterValue(req: PayloadRequest, key: string): Promise<number> {
  const rows = await executeSql(
    req,
    sql`insert into disclosure_counters (key, value, updated_at, created_at) values (${key}, 1, now(), now())
        on conflict (key) do update set value = disclosure_counters.value + 1, updated_at = now()
        returning value`,
  )
  return Number(rows[0].value)
}

export async function nextIndexNo(req: PayloadRequest, pattern: string, values: IndexValues): Promise<string> {
  const serial = await nextCounterValue(req, `index:${indexScope(pattern, values)}`)
  return formatIndexNo(pattern, values, serial)
}
