import fs from 'node:fs'
import path from 'node:path'

import { z } from 'astro/zod'

import { contentDir } from './articles'

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

let cached: { key: string; data: SubmissionLine } | null = null

/**
 * Journals by name, issues and bulletins newest first. A snapshot from before this file existed
 * has none: the pages then say so instead of failing the build.
 */
export function loadSubmissionLine(): SubmissionLine {
  const file = path.join(contentDir(), 'submission-line.json')
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return EMPTY
  }
  const key = `${file}:${stat.mtimeMs}:${stat.size}`
  if (cached?.key === key) return cached.data
  const parsed = snapshotSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`门户内容 ${file} 格式错误：${issue.path.join('.')}：${issue.message}`)
  }
  const { journals, issues, bulletins } = parsed.data
  const data: SubmissionLine = {
    journals: journals.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    issues: issues.sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime()),
    bulletins: bulletins.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
  }
  cached = { key, data }
  return data
}
