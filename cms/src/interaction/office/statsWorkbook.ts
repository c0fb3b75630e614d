/** 互动交流统计 as an Excel workbook: a merged title row, a bold header row, the figures, 合计 last. */
import ExcelJS from 'exceljs'

import { addTableSheet, type Cell, type Column } from '../../lib/tableSheet'
import type { MessageStatsRow } from '../stats'
import type { MessageStatsReport } from './statsReport'


export const STATS_SHEETS = { units: '按承办单位', types: '按留言类型', months: '按月份' } as const

/** The figures' columns, after the first (单位, 类型 or 月份) — the same order as the admin's table. */
export const FIGURE_COLUMNS: (Column & { key: keyof MessageStatsRow })[] = [
  { key: 'received', header: '收到留言', width: 9 },
  { key: 'accepted', header: '受理', width: 8 },
  { key: 'refused', header: '不予受理', width: 9 },
  { key: 'answered', header: '已答复', width: 8 },
  { key: 'answeredOnTime', header: '按期答复', width: 9 },
  { key: 'open', header: '办理中（含待受理）', width: 11 },
  { key: 'avgWorkingDays', header: '平均办理用时（工作日）', width: 12, numFmt: '0.0' },
  { key: 'satisfied', header: '满意', width: 7 },
  { key: 'basic', header: '基本满意', width: 9 },
  { key: 'unsatisfied', header: '不满意', width: 8 },
  { key: 'satisfactionRate', header: '满意率', width: 9, numFmt: '0.0%' },
]

/** A row's figures as cells: the rate (percent in the row) as a fraction the cell formats as %. */
export const figureCells = (row: MessageStatsRow): Cell[] =>
  FIGURE_COLUMNS.map(({ key }) => {
    const value = row[key] as number | null
    if (value === null || value === undefined) return null
    return key === 'satisfactionRate' ? Math.round(value * 10) / 1000 : value
  })

/** 县教育局互动交流留言受理反馈情况统计（2026年1月至2026年3月，咨询） */
export function statsTitle(report: Pick<MessageStatsReport, 'periodLabel' | 'type' | 'unitName'>): string {
  const parts = [report.periodLabel, report.type?.name].filter(Boolean)
  return `${report.unitName ?? ''}互动交流留言受理反馈情况统计（${parts.join('，')}）`
}

const monthLabel = (month: string) => {
  const [year, m] = month.split('-').map(Number)
  return `${year}年${m}月`
}

export async function statsWorkbook(report: MessageStatsReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = report.unitName ?? '互动交流'
  workbook.created = new Date()
  const title = statsTitle(report)
  const withTotal = (rows: Cell[][]) => (report.scope === 'all' ? [...rows, ['合计', ...figureCells(report.total)]] : rows)
  addTableSheet(
    workbook,
    STATS_SHEETS.units,
    title,
    [{ header: '承办单位', width: 26 }, ...FIGURE_COLUMNS],
    withTotal(report.rows.map((r) => [r.unitName, ...figureCells(r)])),
  )
  if (report.byType.length > 0) {
    addTableSheet(
      workbook,
      STATS_SHEETS.types,
      title,
      [{ header: '留言类型', width: 14 }, ...FIGURE_COLUMNS],
      withTotal(report.byType.map((r) => [r.typeName, ...figureCells(r)])),
    )
  }
  if (report.byMonth.length > 0) {
    addTableSheet(
      workbook,
      STATS_SHEETS.months,
      title,
      [{ header: '月份', width: 12 }, ...FIGURE_COLUMNS],
      withTotal(report.byMonth.map((r) => [monthLabel(r.month), ...figureCells(r)])),
    )
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
