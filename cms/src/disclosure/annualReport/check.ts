import { table3Problems, type Table3 } from './table3'

type Results = { upheld?: number | null; corrected?: number | null; other?: number | null; pending?: number | null; total?: number | null }

const TABLE4_LABELS: Record<string, string> = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
}

/** Table 四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function table4Problems(table: Record<string, Results | null | undefined> | null | undefined): string[] {
  const problems: string[] = []
  for (const [key, label] of Object.entries(TABLE4_LABELS)) {
    const r = table?.[key]
    if (!r) continue
    const sum = Number(r.upheld ?? 0) + Number(r.corrected ?? 0) + Number(r.other ?? 0) + Number(r.pending ?? 0)
    if (sum !== Number(r.total ?? 0)) problems.push(`表四“${label}”：结果维持、结果纠正、其他结果、尚未审结之和为${sum}，与“总计”${Number(r.total ?? 0)}不符。`)
  }
  return problems
}

/** Why an annual report may not be saved or finally approved, or null. */
export function annualReportRefusal(
  doc: { applicationStats?: unknown; reviewLitigation?: unknown },
  { requireTable3 = true }: { requireTable3?: boolean } = {},
): string | null {
  const stats = doc.applicationStats as Table3 | null | undefined
  const problems = [
    ...(stats || requireTable3 ? table3Problems(stats) : []),
    ...table4Problems(doc.reviewLitigation as Record<string, Results> | undefined),
  ]
  return problems.length ? `年度报告数据不一致，不能保存或终审：${problems.join('')}` : null
}
