/** 报送统计 and 通报 as Excel workbooks: a merged title row, a bold header row, then the figures. */
import ExcelJS from 'exceljs'

import { addTableSheet, type Cell, type Column } from '../../lib/tableSheet'
import { labelOf, OFFICE_LEVELS } from '../constants'
import type { SubmissionStats } from '../stats'
import { bulletinTable, type BulletinView } from './bulletinView'
import { formatPeriod } from './format'


const PERCENT = '0.0%'

const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer())

function newWorkbook(creator: string) {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = creator || '信息工作机构'
  workbook.created = new Date()
  return workbook
}

export const STATS_SHEETS = { units: '单位排名', months: '月度趋势' } as const

/** The title of the statistics: 示范县人民政府办公室政务信息报送统计（2026年1月1日至2026年11月30日）. */
export const statsTitle = (stats: Pick<SubmissionStats, 'office' | 'from' | 'to'>) =>
  `${stats.office.name}政务信息报送统计（${formatPeriod(stats.from, stats.to)}）`

export async function statsWorkbook(stats: SubmissionStats): Promise<Buffer> {
  const workbook = newWorkbook(stats.office.name)
  const title = statsTitle(stats)
  addTableSheet(
    workbook,
    STATS_SHEETS.units,
    title,
    [
      { header: '名次', width: 6 },
      { header: '单位', width: 24 },
      { header: '层级', width: 8 },
      { header: '报送', width: 8 },
      { header: '采用', width: 8 },
      { header: '采用率', width: 9, numFmt: PERCENT },
      { header: '得分', width: 8 },
      { header: '未完成月度任务（月）', width: 12 },
      { header: '约稿未报', width: 9 },
      { header: '领导批示', width: 9 },
      { header: '批示逾期反馈', width: 10 },
      { header: '年度目标', width: 9 },
      { header: '目标完成率', width: 10, numFmt: PERCENT },
    ],
    stats.rows.map((r) => [
      r.rank,
      r.name,
      labelOf(OFFICE_LEVELS, r.level),
      r.submitted,
      r.adopted,
      r.adoptionRate,
      r.score,
      r.quotaMissedMonths,
      r.commissionsMissed,
      r.instructions,
      r.feedbackOverdue,
      r.annualTarget,
      r.targetCompletion,
    ]),
  )
  addTableSheet(
    workbook,
    STATS_SHEETS.months,
    title,
    [
      { header: '月份', width: 12 },
      { header: '报送', width: 8 },
      { header: '采用', width: 8 },
      { header: '得分', width: 8 },
    ],
    stats.months.map((m) => {
      const [year, month] = m.month.split('-').map(Number)
      return [`${year}年${month}月`, m.submitted, m.adopted, m.score]
    }),
  )
  return toBuffer(workbook)
}

/** A bulletin's ranking (the same table as its .docx) as a one-sheet workbook. */
export async function bulletinWorkbook(view: BulletinView): Promise<Buffer> {
  const workbook = newWorkbook(view.officeName)
  const { header, rows } = bulletinTable(view)
  const widths: Record<string, number> = { 单位: 24, '未完成月度任务（月）': 12 }
  addTableSheet(
    workbook,
    '通报',
    view.title,
    header.map((h) => ({ header: h, width: widths[h] ?? 9 })),
    rows.map((row) => row.map((v) => (v === '' ? null : v))),
  )
  return toBuffer(workbook)
}
