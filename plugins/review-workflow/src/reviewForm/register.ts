/**
 * 发布登记簿: every release that passed final approval (runs with status 'approved'),
 * newest first, as rows for JSON and as an Excel workbook.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import ExcelJS from 'exceljs'

import { userError } from '../errors'
import type { Run } from '../engine/actions'
import type { SanitizedOptions } from '../options'
import { chinaWallClock, idOf, labelText } from './format'

type Id = number | string

export type RegisterRow = {
  /** 序号: the run id, the same number as on the item's review form. */
  serial: string
  /** 标题 */
  title: string
  /** 内容类型 (the collection's label, e.g. 文章) */
  contentType: string
  collection: string
  docId: string
  /** 单位 */
  unit: string
  /** 提交时间 (ISO) */
  submittedAt: string
  /** 终审时间 (ISO) */
  finishedAt: string
  /** 终审人: the signer of the last approval, with （代 X） when signing for someone. */
  finalSigner: string
  /** 紧急发布: 是 / 否 */
  emergency: '是' | '否'
}

export type RegisterFilter = {
  /** Releases finally approved at or after this time (ISO; a bare date is 00:00 China time). */
  from?: string
  /** Releases finally approved up to this time (ISO; a bare date includes the whole day, China time). */
  to?: string
  collection?: string
  unit?: Id
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** Parses a from/to filter; a bare date is taken in China time, `to` inclusive of the whole day. */
export function parseBound(value: string | undefined, bound: 'from' | 'to'): Date | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined
  const text = value.trim()
  const date = DATE_ONLY.test(text) ? new Date(`${text}T00:00:00+08:00`) : new Date(text)
  if (Number.isNaN(date.getTime())) {
    throw userError(`日期“${text}”格式不正确，请使用 YYYY-MM-DD 或 ISO 8601 时间。`, 400)
  }
  if (bound === 'to' && DATE_ONLY.test(text)) return new Date(date.getTime() + 24 * 3600 * 1000 - 1)
  return date
}

function contentTypeLabel(req: PayloadRequest, collection: string): string {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  return labelText(config?.labels?.singular, collection)
}

function finalSigner(run: Run): string {
  const approvals = (run.signatures ?? []).filter((s) => s.decision === 'approve')
  const last = approvals[approvals.length - 1]
  if (!last) return ''
  const name = last.signerName || String(idOf(last.signer) ?? '')
  return last.actingForName ? `${name}（代 ${last.actingForName}）` : name
}

/** The register rows, newest final approval first. */
export async function loadRegister(req: PayloadRequest, options: SanitizedOptions, filter: RegisterFilter = {}): Promise<RegisterRow[]> {
  const from = parseBound(filter.from, 'from')
  const to = parseBound(filter.to, 'to')
  const and: Where[] = [{ status: { equals: 'approved' } }]
  if (from) and.push({ finishedAt: { greater_than_equal: from.toISOString() } })
  if (to) and.push({ finishedAt: { less_than_equal: to.toISOString() } })
  if (filter.collection) and.push({ docCollection: { equals: filter.collection } })
  if (filter.unit !== undefined && filter.unit !== null && filter.unit !== '') and.push({ authorUnit: { equals: filter.unit } })
  const found = await req.payload.find({
    collection: options.slugs.runs,
    where: { and },
    sort: ['-finishedAt', '-id'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const runs = found.docs as unknown as Run[]

  const unitIds = [...new Set(runs.map((r) => idOf(r.authorUnit)).filter((v): v is Id => v !== null))]
  const unitNames = new Map<string, string>()
  if (unitIds.length) {
    const units = await req.payload.find({
      collection: options.unitsCollection as CollectionSlug,
      where: { id: { in: unitIds } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const u of units.docs as unknown as { id: Id; name?: string }[]) unitNames.set(String(u.id), u.name ?? String(u.id))
  }

  return runs.map((run) => {
    const unit = idOf(run.authorUnit)
    return {
      serial: String(run.id),
      title: run.title ?? '',
      contentType: contentTypeLabel(req, run.docCollection),
      collection: run.docCollection,
      docId: String(run.docId),
      unit: unit === null ? '' : (unitNames.get(String(unit)) ?? String(unit)),
      submittedAt: run.submittedAt ?? '',
      finishedAt: run.finishedAt ?? '',
      finalSigner: finalSigner(run),
      emergency: run.emergency?.published ? '是' : '否',
    }
  })
}

export const REGISTER_SHEET = '发布登记簿'

export const REGISTER_COLUMNS = [
  { header: '序号', key: 'serial', width: 8 },
  { header: '标题', key: 'title', width: 48 },
  { header: '内容类型', key: 'contentType', width: 12 },
  { header: '单位', key: 'unit', width: 24 },
  { header: '提交时间', key: 'submittedAt', width: 18 },
  { header: '终审时间', key: 'finishedAt', width: 18 },
  { header: '终审人', key: 'finalSigner', width: 16 },
  { header: '紧急发布', key: 'emergency', width: 10 },
] as const

const DATE_FORMAT = 'yyyy-mm-dd hh:mm'

/** The register as an .xlsx workbook: bold header row, dates as Excel dates in China time. */
export async function registerXlsx(rows: RegisterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'review-workflow'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  for (const row of rows) {
    const serial = Number(row.serial)
    sheet.addRow({
      ...row,
      serial: Number.isSafeInteger(serial) ? serial : row.serial,
      submittedAt: chinaWallClock(row.submittedAt),
      finishedAt: chinaWallClock(row.finishedAt),
    })
  }
  sheet.getColumn('submittedAt').numFmt = DATE_FORMAT
  sheet.getColumn('finishedAt').numFmt = DATE_FORMAT
  sheet.getColumn('title').alignment = { wrapText: true, vertical: 'top' }
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center' }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
