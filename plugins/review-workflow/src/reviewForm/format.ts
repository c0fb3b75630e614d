/** Formatting shared by the review form and the release register. */

export const TIME_ZONE = 'Asia/Shanghai'

type Parts = { year: number; month: number; day: number; hour: number; minute: number }

function partsOf(value: Date): Parts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(value)
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

function toDate(value: Date | string | null | undefined): Date | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** 2026年11月26日, China time; '' when there is no date. */
export function formatDate(value: Date | string | null | undefined): string {
  const date = toDate(value)
  if (!date) return ''
  const p = partsOf(date)
  return `${p.year}年${p.month}月${p.day}日`
}

/** 2026年11月26日 14:30, China time; '' when there is no date. */
export function formatDateTime(value: Date | string | null | undefined): string {
  const date = toDate(value)
  if (!date) return ''
  const p = partsOf(date)
  return `${formatDate(date)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/**
 * The same instant as a Date whose UTC fields read as China wall-clock time. Excel dates have
 * no time zone and exceljs writes a Date's UTC fields, so a cell made from this shows 14:30
 * for a release made at 14:30 in China.
 */
export function chinaWallClock(value: Date | string | null | undefined): Date | null {
  const date = toDate(value)
  if (!date) return null
  const p = partsOf(date)
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, date.getUTCSeconds()))
}

/** The id of a relationship value, whether populated or not. */
export function idOf(value: unknown): number | string | null {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return (value as number | string | null | undefined) ?? null
}

/** The Chinese text of a Payload label ({ zh, en } or a plain string). */
export function labelText(label: unknown, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = byLanguage.zh ?? byLanguage.en ?? Object.values(byLanguage)[0]
    if (typeof text === 'string') return text
  }
  return fallback
}
