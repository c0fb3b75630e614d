import ExcelJS from 'exceljs'

import { AUDIT_ACTION_LABELS } from '../collections/AuditLog'
import { type LabelText, translateLabel } from '../labels'
import { chinaWallClock } from '../reviewForm/format'

const COLUMNS = [
  { header: '序号', key: 'seq', width: 8 },
  { header: '时间', key: 'at', width: 18 },
  { header: '操作人', key: 'actorName', width: 14 },
  { header: '代理', key: 'actingForName', width: 12 },
  { header: '角色', key: 'roles', width: 14 },
  { header: '单位', key: 'unit', width: 20 },
  { header: '操作', key: 'action', width: 12 },
  { header: '结果', key: 'outcome', width: 8 },
  { header: '操作对象', key: 'subject', width: 24 },
  { header: '详情', key: 'detail', width: 40 },
  { header: '内容类型', key: 'docCollection', width: 16 },
  { header: '内容编号', key: 'docId', width: 10 },
  { header: '意见', key: 'opinion', width: 30 },
  { header: '客户端地址', key: 'clientAddress', width: 16 },
  { header: '摘要', key: 'hash', width: 66 },
] as const

const OUTCOME_LABELS: Record<string, string> = { success: '成功', failure: '失败' }

/** How the workbook names roles and content types (by code); codes without a label stay as they are. */
export type AuditWorkbookLabels = { roles?: Record<string, LabelText>; collections?: Record<string, LabelText> }

const named = (codes: unknown, labels: Record<string, LabelText> | undefined) =>
  String(codes ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => translateLabel(labels?.[c], 'zh', c))
    .join('、')

/** Audit records as an .xlsx workbook (times in China time; actions, roles and content types in Chinese; hashes kept). */
export async function auditWorkbook(records: Record<string, unknown>[], labels: AuditWorkbookLabels = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'review-workflow'
  workbook.created = new Date()
  const sheet = workbook.addWorksheet('审计记录', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  for (const record of records) {
    const row = Object.fromEntries(COLUMNS.map((c) => [c.key, record[c.key] ?? '']))
    sheet.addRow({
      ...row,
      at: chinaWallClock(record.at as string),
      action: AUDIT_ACTION_LABELS[record.action as keyof typeof AUDIT_ACTION_LABELS] ?? record.action,
      outcome: OUTCOME_LABELS[String(record.outcome)] ?? '',
      roles: named(record.roles, labels.roles),
      docCollection: named(record.docCollection, labels.collections),
    })
  }
  sheet.getColumn('at').numFmt = 'yyyy-mm-dd hh:mm:ss'
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
