/**
 * How the read-only JSON view shows a value: nothing, one value, a two-column table (a flat
 * object), a table with a column per key (a list of flat objects), or indented JSON text.
 */
export type Scalar = string | number | boolean | null

export type JsonShape =
  | { kind: 'empty' }
  | { kind: 'scalar'; value: Scalar }
  | { kind: 'record'; entries: [key: string, value: Scalar][] }
  | { kind: 'rows'; columns: string[]; rows: Record<string, Scalar>[] }
  | { kind: 'text'; text: string }

/** Beyond these a table stops being readable; the value is shown as indented text instead. */
export const MAX_RECORD_KEYS = 40
export const MAX_ROW_COLUMNS = 8

const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v)

const isFlatObject = (v: unknown): v is Record<string, Scalar> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isScalar)

export function jsonShape(value: unknown): JsonShape {
  if (value === undefined || value === null || value === '') return { kind: 'empty' }
  if (isScalar(value)) return { kind: 'scalar', value }
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' }
    if (value.every(isFlatObject)) {
      const columns = [...new Set(value.flatMap((row) => Object.keys(row)))]
      if (columns.length > 0 && columns.length <= MAX_ROW_COLUMNS) return { kind: 'rows', columns, rows: value }
    }
    return { kind: 'text', text: JSON.stringify(value, null, 2) }
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    if (entries.length === 0) return { kind: 'empty' }
    if (entries.length <= MAX_RECORD_KEYS && entries.every(([, v]) => isScalar(v))) {
      return { kind: 'record', entries: entries as [string, Scalar][] }
    }
    return { kind: 'text', text: JSON.stringify(value, null, 2) }
  }
  // Not JSON at all (a function, a symbol): show what it is rather than nothing.
  return { kind: 'text', text: String(value) }
}

export type JsonViewText = { empty: string; yes: string; no: string; none: string; key: string; value: string }

export const JSON_VIEW_TEXT: Record<'zh' | 'en', JsonViewText> = {
  zh: { empty: '（无内容）', yes: '是', no: '否', none: '—', key: '项目', value: '内容' },
  en: { empty: '(empty)', yes: 'Yes', no: 'No', none: '—', key: 'Key', value: 'Value' },
}

export const jsonViewText = (language?: string): JsonViewText => (language?.startsWith('en') ? JSON_VIEW_TEXT.en : JSON_VIEW_TEXT.zh)

/** One value of a table cell as text. */
export function scalarText(value: Scalar | undefined, text: JsonViewText): string {
  if (value === null || value === undefined || value === '') return text.none
  if (typeof value === 'boolean') return value ? text.yes : text.no
  return String(value)
}
