/**
 * The 政务信息报送 file of the snapshot (`submission-line.json`, the CMS's exportSubmissionLine):
 * public journals, their signed public issues and published bulletins.
 */
import { z } from 'zod'

import { isoDate } from './dates'

export const journalSchema = z.object({
  id: z.string(),
  name: z.string(),
  officeName: z.string().nullable(),
  description: z.string().nullable(),
})

export const journalIssueSchema = z.object({
  id: z.string(),
  journalId: z.string(),
  journalName: z.string(),
  /** 2026年第1期（总第121期）, or 2026年增刊第1期. */
  numberLine: z.string(),
  title: z.string(),
  officeName: z.string().nullable(),
  /** The masthead date: the leader's sign-off (签发日期). */
  signedAt: isoDate(),
  editorNote: z.string().nullable(),
  items: z.array(z.object({ heading: z.string(), text: z.string(), sourceUnit: z.string().nullable() })),
})

const cell = z.union([z.string(), z.number()])

export const bulletinSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** 2026年11月, 2026年第四季度, 2026年. */
  period: z.string(),
  intro: z.string().nullable(),
  officeName: z.string().nullable(),
  publishedAt: isoDate(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })).min(1),
  /** One array per unit, in the order of `columns`. */
  rows: z.array(z.array(cell)),
  /** The 合计 row in the order of `columns` (null where nothing adds up). */
  totals: z.array(cell.nullable()).nullable(),
})

export const submissionLineSchema = z.object({ journals: z.array(journalSchema), issues: z.array(journalIssueSchema), bulletins: z.array(bulletinSchema) })

export type Journal = z.output<typeof journalSchema>
export type JournalJson = z.input<typeof journalSchema>
export type JournalIssue = z.output<typeof journalIssueSchema>
export type JournalIssueJson = z.input<typeof journalIssueSchema>
export type Bulletin = z.output<typeof bulletinSchema>
export type BulletinJson = z.input<typeof bulletinSchema>
export type SubmissionLine = z.output<typeof submissionLineSchema>
export type SubmissionLineJson = z.input<typeof submissionLineSchema>
