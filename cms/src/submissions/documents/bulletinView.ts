/** What a printed bulletin (通报) shows; shared by the .docx and the workbook. */
import type { Bulletin } from '../../payload-types'
import { BULLETIN_COLUMNS, type BulletinRow } from '../bulletinColumns'
import { formatChineseDate, linesOf } from './format'

export type BulletinView = {
  title: string
  intro: string[]
  rows: BulletinRow[]
  totals: { submitted: number; adopted: number; score: number } | null
  officeName: string
  /** The date of final approval (2026年12月3日), or null while in draft. */
  date: string | null
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** A bulletin loaded with its office populated; `approvedAt` is when its review finished. */
export function bulletinView(bulletin: Bulletin, approvedAt: string | null | undefined): BulletinView {
  const rows = Array.isArray(bulletin.rows) ? (bulletin.rows.filter(isRecord) as BulletinRow[]) : []
  const totals = isRecord(bulletin.totals) ? (bulletin.totals as BulletinView['totals']) : null
  return {
    title: bulletin.title ?? '通报',
    intro: linesOf(bulletin.intro),
    rows,
    totals,
    officeName: typeof bulletin.office === 'object' ? bulletin.office.name : '',
    date: approvedAt ? formatChineseDate(approvedAt) : null,
  }
}

/** The table of a bulletin as cell values: the header, the ranked rows, then 合计. */
export function bulletinTable(view: Pick<BulletinView, 'rows' | 'totals'>): { header: string[]; rows: (string | number)[][] } {
  const header = BULLETIN_COLUMNS.map((c) => c.label)
  const rows = view.rows.map((row) => BULLETIN_COLUMNS.map((c) => row[c.key] ?? ''))
  if (view.totals) {
    const total: Partial<Record<keyof BulletinRow, string | number>> = { unit: '合计', ...view.totals }
    rows.push(BULLETIN_COLUMNS.map((c) => total[c.key] ?? ''))
  }
  return { header, rows }
}
