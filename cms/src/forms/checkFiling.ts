/**
 * Checks a filing's data against its form. Two levels:
 * - `checkValues` on every save: each value has the right type (a number where a number is
 *   asked, a listed choice, a real date); a draft may be incomplete;
 * - `checkComplete` before submission: required items filled (unless the form's notes let them
 *   stay blank) and the cross-item rules hold (totals equal their items).
 * Pure: the admin's form editor runs the same checks while the user types.
 */
import type { FieldSpec, FormData, FormDefinition, Problem, RuleSpec } from './types'

export const optionsOf = (spec: Pick<FieldSpec, 'options'>): string[] =>
  String(spec.options ?? '')
    .split(/\r?\n/)
    .map((o) => o.trim())
    .filter(Boolean)

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/
const PHONE = /^[0-9+\-()（）\s]{7,20}(转\d{1,6})?$/

export const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

function realDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
}

/** A number typed as text (全角 digits, thousands separators and spaces allowed), or NaN. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return Number.NaN
  const text = value
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
  return text === '' || !/^-?\d+(\.\d+)?$/.test(text) ? Number.NaN : Number(text)
}

const labelOf = (spec: FieldSpec) => (spec.column ? `第${spec.column}列“${spec.label}”` : `“${spec.label}”`)

/** The value in stored form (numbers as numbers), and the problem with it if any. */
function checkValue(spec: FieldSpec, value: unknown, where: string): { value: unknown; problem?: string } {
  if (isBlank(value)) return { value: spec.type === 'table' ? [] : null }
  const name = `${where}${labelOf(spec)}`
  switch (spec.type) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' ? { value } : { value, problem: `${name}应为文字。` }
    case 'number':
    case 'integer':
    case 'money': {
      const n = toNumber(value)
      if (!Number.isFinite(n)) return { value, problem: `${name}应填数字，“${String(value)}”不是数字。` }
      if (spec.type === 'integer' && !Number.isInteger(n)) return { value, problem: `${name}应填整数。` }
      if (spec.type === 'money' && Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) return { value, problem: `${name}最多保留两位小数。` }
      const min = spec.min ?? (spec.type === 'number' ? null : 0)
      if (min !== null && min !== undefined && n < min) return { value, problem: `${name}不能小于 ${min}。` }
      return { value: n }
    }
    case 'date': {
      const m = typeof value === 'string' ? DATE.exec(value) : null
      return m && realDate(m[1], m[2], m[3]) ? { value } : { value, problem: `${name}应为日期，例如 2026-05-01。` }
    }
    case 'datetime': {
      const m = typeof value === 'string' ? DATETIME.exec(value) : null
      return m && realDate(m[1], m[2], m[3]) && Number(m[4]) < 24 && Number(m[5]) < 60
        ? { value }
        : { value, problem: `${name}应为日期和时间，例如 2026-05-01T09:30。` }
    }
    case 'select': {
      const choices = optionsOf(spec)
      return typeof value === 'string' && choices.includes(value) ? { value } : { value, problem: `${name}只能从以下选项中选择：${choices.join('、')}。` }
    }
    case 'checkbox':
      return typeof value === 'boolean' ? { value } : { value, problem: `${name}应为“是”或“否”。` }
    case 'url': {
      try {
        const url = new URL(String(value).trim())
        if (url.protocol === 'http:' || url.protocol === 'https:') return { value: String(value).trim() }
      } catch {
        // falls through
      }
      return { value, problem: `${name}应为以 http:// 或 https:// 开头的完整网址。` }
    }
    case 'phone':
      return typeof value === 'string' && PHONE.test(value.trim()) ? { value: value.trim() } : { value, problem: `${name}应为电话号码，例如 0591-12345678 或 13912345678。` }
    case 'table':
      return Array.isArray(value) && value.every((row) => row && typeof row === 'object' && !Array.isArray(row))
        ? { value }
        : { value, problem: `${name}的格式有误。` }
    default:
      return { value, problem: `${name}的类型“${String(spec.type)}”未知。` }
  }
}

/**
 * Type checks of every value, and the data in stored form. Values of items the form does not
 * have are dropped (a changed form does not keep stale answers hidden in a filing).
 */
export function checkValues(form: Pick<FormDefinition, 'fields'>, data: unknown): { data: FormData; problems: Problem[] } {
  const input = data && typeof data === 'object' && !Array.isArray(data) ? (data as FormData) : {}
  const out: FormData = {}
  const problems: Problem[] = []
  for (const spec of form.fields) {
    const checked = checkValue(spec, input[spec.key], '')
    if (checked.problem) {
      problems.push({ path: spec.key, message: checked.problem })
      out[spec.key] = input[spec.key]
      continue
    }
    if (spec.type !== 'table') {
      out[spec.key] = checked.value
      continue
    }
    const rows = (checked.value as FormData[]).map((row, i) => {
      const cleaned: FormData = {}
      for (const column of spec.columns ?? []) {
        const cell = checkValue(column, row[column.key], `${labelOf(spec)}第${i + 1}行`)
        if (cell.problem) problems.push({ path: `${spec.key}.${i}.${column.key}`, message: cell.problem })
        cleaned[column.key] = cell.problem ? row[column.key] : cell.value
      }
      return cleaned
    })
    out[spec.key] = rows
  }
  return { data: out, problems }
}

const sameValue = (value: unknown, expected: string) => {
  if (typeof value === 'boolean') return (value ? ['是', 'true'] : ['否', 'false']).includes(expected)
  return !isBlank(value) && String(value) === expected
}

/** Whether an item must be filled in: required, unless the form's note lets it stay blank. */
export function mustFill(spec: FieldSpec, row: FormData, top: FormData): boolean {
  if (!spec.required) return false
  if (!spec.optionalWhenField) return true
  const other = spec.optionalWhenField in row ? row[spec.optionalWhenField] : top[spec.optionalWhenField]
  return !sameValue(other, String(spec.optionalWhenValue ?? ''))
}

const money = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2))

function findSpec(form: Pick<FormDefinition, 'fields'>, key: string): FieldSpec | undefined {
  return form.fields.find((f) => f.key === key)
}

/** The numbers a rule's `items` name: a table column's cells, or items joined by +. */
function itemValues(form: Pick<FormDefinition, 'fields'>, data: FormData, items: string): { label: string; values: number[] } {
  const [table, column] = items.split('.')
  const tableSpec = findSpec(form, table)
  if (column && tableSpec?.type === 'table') {
    const columnSpec = tableSpec.columns?.find((c) => c.key === column)
    const rows = (data[table] as FormData[] | undefined) ?? []
    return { label: `${tableSpec.label}中“${columnSpec?.label ?? column}”合计`, values: rows.map((r) => toNumber(r[column])).filter(Number.isFinite) }
  }
  const keys = items.split('+').map((k) => k.trim()).filter(Boolean)
  return {
    label: keys.map((k) => `“${findSpec(form, k)?.label ?? k}”`).join('与') + (keys.length > 1 ? '之和' : ''),
    values: keys.map((k) => toNumber(data[k])).filter(Number.isFinite),
  }
}

/** Problems with one cross-item rule, empty when it holds or its target is blank. */
export function checkRule(form: Pick<FormDefinition, 'fields'>, data: FormData, rule: RuleSpec): Problem[] {
  const target = findSpec(form, rule.target)
  const value = toNumber(data[rule.target])
  if (!target || !Number.isFinite(value)) return []
  const { label, values } = itemValues(form, data, rule.items)
  const total = values.reduce((a, b) => a + b, 0)
  if (rule.type === 'sum' && Math.abs(Math.round(total * 100) - Math.round(value * 100)) >= 1) {
    return [{ path: rule.target, message: rule.message || `“${target.label}”（${money(value)}）与${label}（${money(total)}）不一致，请核对。` }]
  }
  if (rule.type === 'lte' && values.length > 0 && value > total) {
    return [{ path: rule.target, message: rule.message || `“${target.label}”（${money(value)}）不能大于${label}（${money(total)}）。` }]
  }
  return []
}

/** What must be right before a filing is submitted: required items and the form's rules. */
export function checkComplete(form: Pick<FormDefinition, 'fields' | 'rules'>, data: FormData): Problem[] {
  const { problems } = checkValues(form, data)
  for (const spec of form.fields) {
    if (mustFill(spec, data, data) && isBlank(data[spec.key])) {
      problems.push({ path: spec.key, message: spec.type === 'table' ? `${labelOf(spec)}至少填写一行。` : `请填写${labelOf(spec)}。` })
    }
    if (spec.type !== 'table') continue
    const rows = Array.isArray(data[spec.key]) ? (data[spec.key] as FormData[]) : []
    rows.forEach((row, i) => {
      for (const column of spec.columns ?? []) {
        if (mustFill(column, row, data) && isBlank(row[column.key])) {
          problems.push({ path: `${spec.key}.${i}.${column.key}`, message: `请填写${labelOf(spec)}第${i + 1}行的${labelOf(column)}。` })
        }
      }
    })
  }
  for (const rule of form.rules ?? []) problems.push(...checkRule(form, data, rule))
  return problems
}
