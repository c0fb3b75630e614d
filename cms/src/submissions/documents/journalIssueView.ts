/** What a printed journal issue (刊物期次) shows, from the stored issue; shared by the .docx and the print page. */
import type { Journal, JournalIssue, Unit } from '../../payload-types'
import { CLASSIFICATIONS, labelOf } from '../constants'
import { formatIssueNumber } from '../numbering'
import { formatChineseDate, linesOf } from './format'

export type JournalIssueView = {
  /** 政务快讯 (without 《》) */
  journalName: string
  /** 内部资料, 秘密 …; empty for public issues */
  classification: string
  /** 2026年第1期（总第121期） or 2026年增刊第1期 */
  number: string
  /** 示范县人民政府办公室 */
  officeName: string
  /** The leader's sign-off date (2026年11月27日), or null before sign-off. */
  signedDate: string | null
  editorNote: string[]
  items: { heading: string; paragraphs: string[]; sourceUnit: string }[]
  /** 版记 lines in their order — 报, 送, 发 — the empty ones left out. */
  colophon: { label: '报' | '送' | '发'; text: string }[]
  copies: number | null
  /** 《政务快讯》2026年第1期（总第121期）: the document title and file name. */
  title: string
}

export const UNSIGNED = '（未签发）'

const nameOf = (value: unknown): string => (value && typeof value === 'object' ? String((value as { name?: string }).name ?? '') : '')

/** The number part of the title, recomputed from the stored numbers (the title is the fallback). */
function numberOf(issue: JournalIssue, journalName: string): string {
  if (issue.year && issue.number) {
    return formatIssueNumber({ year: issue.year, number: issue.number, total: issue.total ?? null, supplement: Boolean(issue.supplement) })
  }
  return (issue.title ?? '').replace(`《${journalName}》`, '')
}

/** The view of an issue loaded with depth ≥ 1 (journal and office populated). */
export function journalIssueView(issue: JournalIssue): JournalIssueView {
  const journal = typeof issue.journal === 'object' ? (issue.journal as Journal) : null
  const journalName = journal?.name ?? ''
  const office = nameOf(issue.office) || nameOf(journal?.office as Unit | number | undefined)
  const number = numberOf(issue, journalName)
  return {
    journalName,
    classification: issue.classification === 'public' ? '' : labelOf(CLASSIFICATIONS, issue.classification),
    number,
    officeName: office,
    signedDate: issue.signedAt ? formatChineseDate(issue.signedAt) : null,
    editorNote: linesOf(issue.editorNote),
    items: (issue.items ?? []).map((item) => ({
      heading: item.heading ?? '',
      paragraphs: linesOf(item.text),
      sourceUnit: item.sourceUnit?.trim() ?? '',
    })),
    colophon: (
      [
        ['报', issue.reportTo],
        ['送', issue.copyTo],
        ['发', issue.distribution],
      ] as const
    )
      .map(([label, value]) => ({ label, text: linesOf(value).join('，') }))
      .filter((line) => line.text !== ''),
    copies: typeof issue.copies === 'number' && issue.copies > 0 ? issue.copies : null,
    title: issue.title || `《${journalName}》${number}`,
  }
}
