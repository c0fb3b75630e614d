import { z } from 'astro/zod'

import { snapshotFile } from './snapshot'

/**
 * The 政务信息报送 part of the snapshot (`submission-line.json`, written by the CMS's
 * exportSubmissionLine): public journals, their signed public issues and published bulletins.
 * Read and validated once per snapshot, like the articles, and kept out of the content layer's
 * data store: only the /journals/, /bulletins/, home and site-map pages need it.
 */
const journalSchema = z.object({
  id: z.string(),
  name: z.string(),
  officeName: z.string().nullable(),
  description: z.string().nullable(),
})

const issueSchema = z.object({
  id: z.string(),
  journalId: z.string(),
  journalName: z.string(),
  numberLine: z.string(),
  title: z.string(),
  officeName: z.string().nullable(),
  signedAt: z.coerce.date(),
  editorNote: z.string().nullable(),
  items: z.array(z.object({ heading: z.string(), text: z.string(), sourceUnit: z.string().nullable() })),
})

const cell = z.union([z.string(), z.number()])

const bulletinSchema = z.object({
  id: z.string(),
  title: z.string(),
  period: z.string(),
  intro: z.string().nullable(),
  officeName: z.string().nullable(),
  publishedAt: z.coerce.date(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })).min(1),
  rows: z.array(z.array(cell)),
  totals: z.array(cell.nullable()).nullable(),
})

const snapshotSchema = z.object({ journals: z.array(journalSchema), issues: z.array(issueSchema), bulletins: z.array(bulletinSchema) })

export type Journal = z.infer<typeof journalSchema>
export type JournalIssue = z.infer<typeof issueSchema>
export type Bulletin = z.infer<typeof bulletinSchema>
export type SubmissionLine = z.infer<typeof snapshotSchema>

const EMPTY: SubmissionLine = { journals: [], issues: [], bulletins: [] }

/**
 * Journals by name, issues and bulletins newest first. A snapshot from before this file existed
 * has none: the pages then say so instead of failing the build.
 */
export const loadSubmissionLine = snapshotFile('submission-line.json', snapshotSchema, {
  prepare: ({ journals, issues, bulletins }): SubmissionLine => ({
    journals: journals.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    issues: issues.sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime()),
    bulletins: bulletins.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
  }),
  whenMissing: () => EMPTY,
})
