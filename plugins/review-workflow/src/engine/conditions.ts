/**
 * Stage conditions: a list of `field operator value` tests combined with and (all) / or (any),
 * evaluated against the document at submission.
 */
export const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'gte', 'gt', 'lte', 'lt', 'exists'] as const
export type Operator = (typeof OPERATORS)[number]

export const OPERATOR_LABELS: Record<Operator, string> = {
  equals: '等于',
  not_equals: '不等于',
  in: '属于（多个值用 | 或 , 分隔）',
  not_in: '不属于',
  gte: '大于或等于',
  gt: '大于',
  lte: '小于或等于',
  lt: '小于',
  exists: '已填写',
}

export const OPERATOR_LABELS_EN: Record<Operator, string> = {
  equals: 'equals',
  not_equals: 'does not equal',
  in: 'is one of',
  not_in: 'is none of',
  gte: 'at least',
  gt: 'more than',
  lte: 'at most',
  lt: 'less than',
  exists: 'is filled in',
}

/** Operators comparing numbers. */
export const NUMERIC_OPERATORS: readonly Operator[] = ['gte', 'gt', 'lte', 'lt']

export type Condition = { field: string; operator: Operator; value?: string | null }
export type ConditionGroup = { match: 'all' | 'any'; conditions: Condition[] }

export const listOf = (value: string | null | undefined) =>
  String(value ?? '')
    .split(/[|,，、]/)
    .map((v) => v.trim())
    .filter(Boolean)

/** Reads `a.b.c` from a document; relation objects compare by their id. */
export function readField(doc: Record<string, unknown>, field: string): unknown {
  let value: unknown = doc
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value) {
    return (value as { id: unknown }).id
  }
  return value
}

const asStrings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map((v) => String(v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v))

function compareNumbers(actual: unknown, expected: string | null | undefined, test: (a: number, b: number) => boolean) {
  const a = Number(actual)
  const b = Number(expected)
  return actual !== null && actual !== undefined && actual !== '' && Number.isFinite(a) && Number.isFinite(b) && test(a, b)
}

export function evaluateCondition(doc: Record<string, unknown>, condition: Condition): boolean {
  const actual = readField(doc, condition.field)
  const values = asStrings(actual)
  switch (condition.operator) {
    case 'equals':
      return values.includes(String(condition.value ?? ''))
    case 'not_equals':
      return !values.includes(String(condition.value ?? ''))
    case 'in':
      return listOf(condition.value).some((v) => values.includes(v))
    case 'not_in':
      return !listOf(condition.value).some((v) => values.includes(v))
    case 'gte':
      return compareNumbers(actual, condition.value, (a, b) => a >= b)
    case 'gt':
      return compareNumbers(actual, condition.value, (a, b) => a > b)
    case 'lte':
      return compareNumbers(actual, condition.value, (a, b) => a <= b)
    case 'lt':
      return compareNumbers(actual, condition.value, (a, b) => a < b)
    case 'exists':
      return values.length > 0 && !(values.length === 1 && values[0] === 'false')
  }
}

/** An empty group always applies. */
export function evaluateGroup(doc: Record<string, unknown>, group: ConditionGroup | null | undefined): boolean {
  if (!group || group.conditions.length === 0) return true
  const results = group.conditions.map((c) => evaluateCondition(doc, c))
  return group.match === 'any' ? results.some(Boolean) : results.every(Boolean)
}

/** A readable form for the route and the review form, e.g. 涉及领导 属于 county|main4 且 金额 ≥ 500000. */
export function describeGroup(
  group: ConditionGroup | null | undefined,
  labels: Record<string, string> = {},
  valueLabels: Record<string, Record<string, string>> = {},
): string {
  if (!group || group.conditions.length === 0) return ''
  const symbol: Partial<Record<Operator, string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', equals: '=', not_equals: '≠' }
  return group.conditions
    .map((c) => {
      const value = c.operator === 'exists' ? '' : listOf(c.value).map((v) => valueLabels[c.field]?.[v] ?? v).join('、')
      return `${labels[c.field] ?? c.field} ${symbol[c.operator] ?? OPERATOR_LABELS[c.operator].replace(/（.*）/, '')} ${value}`.trim()
    })
    .join(group.match === 'any' ? ' 或 ' : ' 且 ')
}

/** What a condition's field offers, for checking a definition: its label and, for a select, its values. */
export type KnownField = { label: string; options?: { value: string; label: string }[] }

/**
 * Checks a group against the fields a collection has; returns Chinese messages, empty when valid.
 * `fields` (by path) names the fields and their values in the messages and checks the values of
 * select and checkbox fields.
 */
export function validateGroup(group: ConditionGroup, knownFields: readonly string[], fields: Record<string, KnownField> = {}): string[] {
  const problems: string[] = []
  const offered = Object.values(fields).map((f) => f.label)
  group.conditions.forEach((c, i) => {
    const where = `第 ${i + 1} 个条件`
    const root = c.field?.split('.')[0]
    const known = c.field ? fields[c.field] : undefined
    const name = known ? `“${known.label}”` : `“${c.field}”`
    if (!c.field) problems.push(`${where}：请选择字段。`)
    else if (!knownFields.includes(root)) {
      problems.push(`${where}：字段“${c.field}”不存在。可用字段：${(offered.length ? offered : knownFields).join('、')}。`)
    }
    if (!OPERATORS.includes(c.operator)) problems.push(`${where}：不支持的运算符“${c.operator}”。`)
    if (NUMERIC_OPERATORS.includes(c.operator) && !Number.isFinite(Number(c.value))) {
      problems.push(`${where}：“${OPERATOR_LABELS[c.operator]}”需要数字，当前为“${c.value ?? ''}”。`)
    }
    if (c.operator !== 'exists' && (c.value === undefined || c.value === null || c.value === '')) {
      problems.push(`${where}：请填写比较值。`)
    } else if (c.operator !== 'exists' && !NUMERIC_OPERATORS.includes(c.operator) && known?.options) {
      const values = known.options.map((o) => o.value)
      const unknown = listOf(c.value).filter((v) => !values.includes(v))
      if (unknown.length) {
        problems.push(`${where}：${name}没有“${unknown.join('、')}”这一项。可选：${known.options.map((o) => o.label).join('、')}。`)
      }
    }
  })
  return problems
}
