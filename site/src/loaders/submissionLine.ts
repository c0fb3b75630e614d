import { type Bulletin, type Journal, type JournalIssue, SNAPSHOT_FILES, type SubmissionLine, submissionLineSchema } from '@gov/portal-contract'

import { snapshotFile } from './snapshot'

export type { Bulletin, Journal, JournalIssue, SubmissionLine }

/**
 * The 政务信息报送 part of the snapshot (`submission-line.json`, written by the CMS's
 * exportSubmissionLine, schema in the contract): public journals, their signed public issues and
 * published bulletins. Read and validated once per snapshot, like the articles, and kept out of
 * the content layer's data store: only the /journals/, /bulletins/, home and site-map pages need it.
 */

const EMPTY: SubmissionLine = { journals: [], issues: [], bulletins: [] }

/**
 * Journals by name, issues and bulletins newest first. A snapshot from before this file existed
 * has none: the pages then say so instead of failing the build.
 */
export const loadSubmissionLine = snapshotFile(SNAPSHOT_FILES.submissionLine, submissionLineSchema, {
  prepare: ({ journals, issues, bulletins }): SubmissionLine => ({
    journals: journals.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    issues: issues.sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime()),
    bulletins: bulletins.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
  }),
  whenMissing: () => EMPTY,
})
