/** Answers as offices write them on paper: 2026年5月1日, 9时30分, 是/否, amounts with two decimals. */
import { isBlank, toNumber } from './checkFiling'
import type { FieldSpec, FormData } from './types'

export function formatValue(spec: FieldSpec, value: unknown): string {
  if (isBlank(value)) return ''
  switch (spec.type) {
    case 'money': {
      const n = toNumber(value)
      return Number.isFinite(n) ? n.toFixed(2) : String(value)
    }
    case 'date': {
      const [y, m, d] = String(value).split('-')
      return `${y}年${Number(m)}月${Number(d)}日`
    }
    case 'datetime': {
      const [day, time] = String(value).split('T')
      const [y, m, d] = day.split('-')
      const [h, min] = (time ?? '').split(':')
      return `${y}年${Number(m)}月${Number(d)}日${time ? ` ${Number(h)}时${min === '00' ? '' : `${Number(min)}分`}` : ''}`
    }
    case 'checkbox':
      return value ? '是' : '否'
    case 'table': {
      const rows = Array.isArray(value) ? (value as FormData[]) : []
      return rows
        .map((row) =>
          (spec.columns ?? [])
            .map((c) => formatValue(c, row[c.key]))
            .filter(Boolean)
            .join(' '),
        )
        .join('；')
    }
    default:
      return String(value)
  }
}

/** 标题（第16列） */
export const headerOf = (spec: FieldSpec) => spec.label

/** 2026年5月1日 09:30 (China time) for a stored time. */
export function chinaDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = new Date(new Date(value).getTime() + 8 * 3_600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
