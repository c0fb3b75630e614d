/**
 * The 政务信息报送 part of the portal snapshot: signed journal issues the public may read and
 * published bulletins (通报), read as an anonymous visitor — so the collections' read rules decide
 * (issues: published, 签发后在门户网站发布, 密级“公开”; bulletins: published). The query asks for
 * the same conditions again, so a loosened read rule alone cannot put an internal issue on the
 * portal. Only what a printed issue or bulletin shows is written: never the items' `sources`
 * (links to the units' submissions), 印数, 发送范围, 责任编辑, 签发人 or review state.
 *
 * Small (tens of documents a year), so written whole every time into `submission-line.json`; its
 * digest tells the publisher whether the /journals/ and /bulletins/ pages must be rendered again.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { type BulletinJson, type JournalIssueJson, type JournalJson, SNAPSHOT_FILES, type SubmissionLineJson } from '@gov/portal-contract'

import type { Bulletin, JournalIssue } from '../payload-types'
import { BULLETIN_COLUMNS, type BulletinRow } from '../submissions/bulletinColumns'
import { formatIssueNumber } from '../submissions/numbering'
import { periodOf, type PeriodType } from '../submissions/periods'

type Related = { id: number } | number | null | undefined
const relId = (value: Related) => (value && typeof value === 'object' ? String(value.id) : value == null ? null : String(value))

export type SubmissionLineDigest = { digest: string; counts: { issues: number; bulletins: number } }

/** Signed, published, marked for the portal, 密级“公开”. */
const PUBLIC_ISSUES: Where = {
  and: [
    { _status: { equals: 'published' } },
    { public: { equals: true } },
    { classification: { equals: 'public' } },
    { classified: { not_equals: true } },
    { signedAt: { exists: true } },
  ],
}

const cell = (value: unknown): string | number => (typeof value === 'number' ? value : value == null ? '' : String(value))

/** A ranking row, cell by cell in the published column order; nothing else a row may carry. */
const rowCells = (row: Partial<BulletinRow>) => BULLETIN_COLUMNS.map((c) => cell(row[c.key]))

function totalsRow(totals: unknown): (string | number | null)[] | null {
  if (!totals || typeof totals !== 'object') return null
  const sums = totals as Record<string, unknown>
  return BULLETIN_COLUMNS.map((c) => (c.key === 'unit' ? '合计' : typeof sums[c.key] === 'number' ? (sums[c.key] as number) : null))
}

function periodLabel(b: Pick<Bulletin, 'periodType' | 'year' | 'period'>): string {
  return periodOf(b.periodType as PeriodType, b.year, b.period ?? 1).label
}

export async function exportSubmissionLine(payload: Payload, outDir: string): Promise<SubmissionLineDigest> {
  const asPublic = { overrideAccess: false, user: null, pagination: false, draft: false, depth: 0 } as const
  const [issues, bulletins, journals, units] = await Promise.all([
    payload.find({ collection: 'journal-issues', where: PUBLIC_ISSUES, sort: '-signedAt', ...asPublic }),
    payload.find({ collection: 'bulletins', where: { _status: { equals: 'published' } }, sort: '-updatedAt', ...asPublic }),
    payload.find({ collection: 'journals', sort: 'name', ...asPublic }),
    payload.find({ collection: 'units', ...asPublic }),
  ])
  const unitNames = new Map(units.docs.map((u) => [String(u.id), u.name]))
  const officeName = (value: Related) => unitNames.get(relId(value) ?? '') ?? null
  const journalById = new Map(journals.docs.map((j) => [String(j.id), j]))

  const portalIssues: JournalIssueJson[] = []
  for (const issue of issues.docs as JournalIssue[]) {
    const journal = journalById.get(relId(issue.journal) ?? '')
    if (!journal || !issue.signedAt || !issue.year || !issue.number) continue
    const numberLine = formatIssueNumber({ year: issue.year, number: issue.number, total: issue.total ?? null, supplement: Boolean(issue.supplement) })
    portalIssues.push({
      id: String(issue.id),
      journalId: String(journal.id),
      journalName: journal.name,
      numberLine,
      title: `《${journal.name}》${numberLine}`,
      officeName: officeName(issue.office as Related),
      signedAt: issue.signedAt,
      editorNote: issue.editorNote?.trim() || null,
      items: (issue.items ?? []).map((item) => ({ heading: item.heading, text: item.text, sourceUnit: item.sourceUnit?.trim() || null })),
    })
  }

  // Journals marked public, and any journal a public issue belongs to.
  const shown = new Set(portalIssues.map((i) => i.journalId))
  const portalJournals: JournalJson[] = journals.docs
    .filter((j) => j.public || shown.has(String(j.id)))
    .map((j): JournalJson => ({ id: String(j.id), name: j.name, officeName: officeName(j.office as Related), description: j.description?.trim() || null }))

  const portalBulletins: BulletinJson[] = (bulletins.docs as Bulletin[]).map((b): BulletinJson => ({
    id: String(b.id),
    title: b.title ?? `${periodLabel(b)}政务信息报送采用情况的通报`,
    period: periodLabel(b),
    intro: b.intro?.trim() || null,
    officeName: officeName(b.office as Related),
    publishedAt: b.updatedAt,
    columns: BULLETIN_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
    rows: (Array.isArray(b.rows) ? (b.rows as Partial<BulletinRow>[]) : []).map(rowCells),
    totals: totalsRow(b.totals),
  }))

  const snapshot: SubmissionLineJson = { journals: portalJournals, issues: portalIssues, bulletins: portalBulletins }
  const text = JSON.stringify(snapshot)
  const file = path.join(outDir, SNAPSHOT_FILES.submissionLine)
  await fs.writeFile(`${file}.tmp-${process.pid}`, text)
  await fs.rename(`${file}.tmp-${process.pid}`, file)
  return {
    digest: crypto.createHash('sha1').update(text).digest('hex'),
    counts: { issues: portalIssues.length, bulletins: portalBulletins.length },
  }
}
