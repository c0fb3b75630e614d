/**
 * Forms as data (表单定义): what a form asks, the rules its figures obey, its deadline and
 * roll-up, and which review route signs it. Pure types and constants, shared by the server and
 * the admin's form editor.
 */

export const FIELD_TYPES = ['text', 'textarea', 'number', 'integer', 'money', 'date', 'datetime', 'select', 'checkbox', 'url', 'phone', 'table'] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export const FIELD_TYPE_LABELS: Record<FieldType, { zh: string; en: string }> = {
  text: { zh: '单行文字', en: 'Text' },
  textarea: { zh: '多行文字', en: 'Long text' },
  number: { zh: '数字', en: 'Number' },
  integer: { zh: '整数', en: 'Whole number' },
  money: { zh: '金额（保留两位小数）', en: 'Amount' },
  date: { zh: '日期', en: 'Date' },
  datetime: { zh: '日期和时间', en: 'Date and time' },
  select: { zh: '单选（从选项中选择）', en: 'Choice' },
  checkbox: { zh: '是/否', en: 'Yes / no' },
  url: { zh: '网址', en: 'Web address' },
  phone: { zh: '电话号码', en: 'Phone' },
  table: { zh: '明细表（可填多行）', en: 'Table (rows)' },
}

/** One item of a form, or one column of a table item. */
export type FieldSpec = {
  key: string
  label: string
  /** Its column number in the paper table (表一's 1–20), shown in headers and roll-ups. */
  column?: number | null
  type: FieldType
  required?: boolean | null
  /** Choices of a select, one per line. */
  options?: string | null
  help?: string | null
  /** Smallest number allowed (numbers, money; rows of a table). */
  min?: number | null
  /** The item may stay blank when the item `optionalWhenField` (same row first) has the value `optionalWhenValue`. */
  optionalWhenField?: string | null
  optionalWhenValue?: string | null
  /** Columns of a table item. */
  columns?: FieldSpec[] | null
}

export const RULE_TYPES = ['sum', 'lte'] as const
export type RuleType = (typeof RULE_TYPES)[number]

/**
 * A check across items, made before a filing is submitted:
 * - sum: `target` equals the sum of `items` (`table.column`, or item keys joined by +);
 * - lte: `target` is not greater than the item `items`.
 */
export type RuleSpec = { type: RuleType; target: string; items: string; message?: string | null }

export type DeadlineType = 'none' | 'workingDaysAfter' | 'yearlyDate'
export type PeriodType = 'none' | 'month' | 'year'
export type ApprovalAction = 'none' | 'createColumn' | 'registerLinks'

export type FormDefinition = {
  id: number | string
  code: string
  name: string
  active?: boolean | null
  basis?: string | null
  instructions?: string | null
  fields: FieldSpec[]
  rules?: RuleSpec[] | null
  /** Item whose value names a filing in lists and file names (besides form, unit and period). */
  titleField?: string | null
  deadlineType?: DeadlineType | null
  /** workingDaysAfter: the date item counted from, and how many China working days. */
  deadlineField?: string | null
  deadlineDays?: number | null
  /** yearlyDate: month and day of the period's year by which the filing is due. */
  dueMonth?: number | null
  dueDay?: number | null
  /** How filings are grouped into roll-ups, and the item giving the period (a date or a year). */
  period?: PeriodType | null
  periodField?: string | null
  /** Table item whose rows become the roll-up's rows (表一: one row per system). */
  rollupTable?: string | null
  /** Day of the month after a monthly period by which the roll-up is due (政务接待: the 10th). */
  rollupDueDay?: number | null
  rollupNote?: string | null
  onApproval?: ApprovalAction | null
  office?: number | string | { id: number | string; name?: string } | null
  expectedUnits?: (number | string | { id: number | string })[] | null
  workflow?: number | string | { id: number | string; code?: string } | null
}

export type FormData = Record<string, unknown>
export type Problem = { path: string; message: string }
