import { table3Problems, type Table3 } from './table3'

/** Why an annual report may not be saved or finally approved, or null. */
export function annualReportRefusal(doc: { applicationStats?: unknown }): string | null {
  const problems = table3Problems(doc.applicationStats as Table3 | null | undefined)
  return problems.length ? `年度报告数据不一致，不能保存或终审：${problems.join('')}` : null
}
