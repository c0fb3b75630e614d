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

/** A label as Payload takes it: plain text, or one text per language. */
export type TableLabel = string | Record<string, string>

/**
 * How to show a list of records (a frozen route, content-check findings) as a table for people:
 * which keys become columns under which headers, and the labels of coded values. Given to the
 * JSON view as `clientProps: { table }`.
 */
export type JsonTable = {
  /** The list is this key of the value (e.g. `findings`). */
  rowsAt?: string
  /** The columns shown, in order, by key, with their headers. */
  columns: Record<string, TableLabel>
  /** Labels of coded values by column, e.g. `{ mode: { one: { zh: '单人签发' } } }`. */
  values?: Record<string, Record<string, TableLabel>>
}

const translated = (label: TableLabel | undefined, language: string, fallback: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return label[language] ?? label.zh ?? label.en ?? fallback
  return fallback
}

/** A name for a nested value: a signer's name, a list joined with 、, else compact JSON. */
function cellValue(value: unknown, labels: Record<string, TableLabel> | undefined, language: string): Scalar {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return labels ? translated(labels[String(value)], language, String(value)) : value
  if (typeof value === 'boolean') return value
  if (Array.isArray(value)) {
    const items = value.map((v) => cellValue(v, labels, language)).filter((v) => v !== null && v !== '')
    return items.length ? items.map((v) => String(v)).join('、') : null
  }
  if (typeof value === 'object') {
    const named = value as { name?: unknown; label?: unknown }
    if (typeof named.name === 'string') return named.name
    if (typeof named.label === 'string') return named.label
    return JSON.stringify(value)
  }
  return String(value)
}

/**
 * The shape of a value shown as a {@link JsonTable}: rows under translated headers. A value that
 * is not a list of records is shown as {@link jsonShape} would.
 */
export function tableShape(value: unknown, table: JsonTable, language: string): JsonShape {
  const list = table.rowsAt && value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[table.rowsAt] : value
  if (!Array.isArray(list) || !list.every((row) => row && typeof row === 'object' && !Array.isArray(row))) return jsonShape(value)
  if (list.length === 0) return { kind: 'empty' }
  const keys = Object.keys(table.columns).filter((key) => list.some((row) => (row as Record<string, unknown>)[key] !== undefined))
  const headers = keys.map((key) => translated(table.columns[key], language, key))
  const rows = list.map((row) =>
    Object.fromEntries(keys.map((key, i) => [headers[i], cellValue((row as Record<string, unknown>)[key], table.values?.[key], language)])),
  )
  return { kind: 'rows', columns: headers, rows }
}
