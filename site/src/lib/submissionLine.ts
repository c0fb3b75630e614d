import { urls } from '@gov/portal-contract'

import { type Bulletin, type Journal, type JournalIssue, loadSubmissionLine } from '../loaders/submissionLine'

export type { Bulletin, Journal, JournalIssue }

/** The section's name in headings, breadcrumbs and the ColumnName meta tag. */
export const JOURNALS_NAME = '政务信息刊物'
export const BULLETINS_NAME = '政务信息报送通报'

export const issueUrl = (i: Pick<JournalIssue, 'id'>) => urls.journalIssue(i.id)
/** Page `page` (from 1) of the journal's issues. */
export const journalListUrl = (j: Pick<Journal, 'id'>, page = 1) => urls.journal(j.id, page)
export const bulletinUrl = (b: Pick<Bulletin, 'id'>) => urls.bulletin(b.id)
export const journalsUrl = urls.journals()
export const bulletinsUrl = urls.bulletins()

/** Public journals, each with its issues newest first. */
export function journalsWithIssues(): (Journal & { issues: JournalIssue[] })[] {
  const { journals, issues } = loadSubmissionLine()
  return journals.map((journal) => ({ ...journal, issues: issues.filter((i) => i.journalId === journal.id) }))
}

export const latestIssues = (count: number) => loadSubmissionLine().issues.slice(0, count)
export const allIssues = () => loadSubmissionLine().issues
export const allBulletins = () => loadSubmissionLine().bulletins

/** A textarea's text as paragraphs (blank lines and single line breaks both start one). */
export const paragraphs = (text: string | null) => (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean)
