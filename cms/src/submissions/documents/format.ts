/** Formatting shared by the submission line's documents (.docx, .xlsx, print pages). */
import { formatChineseDate } from '../../disclosure/format'

export { formatChineseDate }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])

/** Non-empty lines of a typed text, trimmed (full-width indent spaces included). */
export const linesOf = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter(Boolean)

/** 2026年1月1日至2026年11月30日 for a range whose `to` is exclusive (the next day's midnight). */
export function formatPeriod(from: Date | string, to: Date | string): string {
  return `${formatChineseDate(from)}至${formatChineseDate(new Date(new Date(to).getTime() - 1))}`
}
