/**
 * Table 三 of the annual report (收到和处理政府信息公开申请情况): applications by applicant type
 * (columns) × 一 本年新收, 二 上年结转, 三 本年度办理结果 (every outcome row and 总计),
 * 四 结转下年度继续办理. Computed from the applications; 一 + 二 = 三 + 四 in every column.
 */
import { APPLICANT_COLUMNS, type ApplicantColumn, OUTCOMES } from '../outcomes'

export const TABLE3_COLUMNS = [...APPLICANT_COLUMNS.map((c) => c.key), 'total'] as const
export type Table3Column = (typeof TABLE3_COLUMNS)[number]
export type Table3Row = Record<Table3Column, number>
export type Table3 = Record<string, Table3Row>

export const TABLE3_ROWS = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  ...OUTCOMES.map((o) => ({ key: o.value, label: `三、本年度办理结果 ${o.group} ${o.label}` })),
  { key: 'resultTotal', label: '三、本年度办理结果 （七）总计' },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
] as const

export const COLUMN_LABELS: Record<Table3Column, string> = {
  ...(Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, c.key === 'natural' ? c.label : `法人或其他组织·${c.label}`])) as Record<ApplicantColumn, string>),
  total: '总计',
}

export type ApplicationFacts = {
  applicantKind?: string | null
  orgType?: string | null
  receivedAt?: string | null
  repliedAt?: string | null
  outcome?: string | null
}

const emptyRow = (): Table3Row => Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, 0])) as Table3Row

/** Year boundaries in China time. */
export const yearStart = (year: number) => Date.parse(`${year}-01-01T00:00:00+08:00`)

export function columnOf(app: ApplicationFacts): ApplicantColumn {
  if (app.applicantKind !== 'legal') return 'natural'
  return (APPLICANT_COLUMNS.some((c) => c.key === app.orgType) ? app.orgType : 'otherOrg') as ApplicantColumn
}

export function computeTable3(apps: readonly ApplicationFacts[], year: number): Table3 {
  const table: Table3 = Object.fromEntries(TABLE3_ROWS.map((r) => [r.key, emptyRow()]))
  const start = yearStart(year)
  const end = yearStart(year + 1)
  const add = (row: string, column: ApplicantColumn) => {
    table[row][column]++
    table[row].total++
  }
  for (const app of apps) {
    if (!app.receivedAt) continue
    const received = Date.parse(app.receivedAt)
    if (received >= end) continue
    const replied = app.outcome && app.repliedAt ? Date.parse(app.repliedAt) : null
    const column = columnOf(app)
    if (received >= start) add('newReceived', column)
    else if (replied === null || replied >= start) add('carriedOver', column)
    else continue // answered before the year
    if (replied !== null && replied < end) {
      add(app.outcome!, column)
      add('resultTotal', column)
    } else add('carriedForward', column)
  }
  return table
}

/** The report's consistency checks, in Chinese, naming the column; empty when it adds up. */
export function table3Problems(table: Partial<Table3> | null | undefined): string[] {
  if (!table) return ['表三尚未生成：请先“重新计算”。']
  const value = (row: string, column: Table3Column) => Number(table[row]?.[column] ?? 0)
  const problems: string[] = []
  for (const column of TABLE3_COLUMNS) {
    const outcomes = OUTCOMES.reduce((sum, o) => sum + value(o.value, column), 0)
    if (outcomes !== value('resultTotal', column)) {
      problems.push(`表三“${COLUMN_LABELS[column]}”栏：办理结果各项之和为${outcomes}，与“（七）总计”${value('resultTotal', column)}不符。`)
    }
    const left = value('newReceived', column) + value('carriedOver', column)
    const right = value('resultTotal', column) + value('carriedForward', column)
    if (left !== right) {
      problems.push(
        `表三“${COLUMN_LABELS[column]}”栏：一（本年新收${value('newReceived', column)}）+ 二（上年结转${value('carriedOver', column)}）= ${left}，三（办理结果总计${value('resultTotal', column)}）+ 四（结转下年度${value('carriedForward', column)}）= ${right}，两者应相等。`,
      )
    }
  }
  for (const row of TABLE3_ROWS) {
    const sum = APPLICANT_COLUMNS.reduce((acc, c) => acc + value(row.key, c.key), 0)
    if (sum !== value(row.key, 'total')) problems.push(`表三“${row.label}”行：各类申请人之和为${sum}，与“总计”${value(row.key, 'total')}不符。`)
  }
  return problems
}
