import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import type { SubmissionStats } from '../stats'
import { bulletinView } from './bulletinView'
import { bulletinWorkbook, statsTitle, statsWorkbook } from './statsWorkbook'
import { sampleBulletin } from './testFixtures'

const stats: SubmissionStats = {
  office: { id: 3, name: '示范县人民政府办公室' },
  // 2026-01-01 to 2026-11-30 inclusive, China time.
  from: '2025-12-31T16:00:00.000Z',
  to: '2026-11-30T16:00:00.000Z',
  monthlyQuota: 2,
  rows: [
    {
      unit: 7,
      name: '县教育局',
      level: 'county',
      submitted: 2,
      adopted: 1,
      adoptionRate: 0.5,
      score: 5,
      rank: 1,
      quotaMissedMonths: 10,
      commissionsMissed: 0,
      instructions: 1,
      feedbackOverdue: 0,
      annualTarget: 50,
      targetCompletion: 0.1,
    },
    { unit: 8, name: '城关镇', level: 'township', submitted: 0, adopted: 0, adoptionRate: null, score: 0, rank: 2, quotaMissedMonths: 11, commissionsMissed: 1, instructions: 0, feedbackOverdue: 0, annualTarget: 50, targetCompletion: 0 },
  ],
  months: [
    { month: '2026-10', submitted: 0, adopted: 0, score: 0 },
    { month: '2026-11', submitted: 2, adopted: 1, score: 5 },
  ],
  totals: { submitted: 2, adopted: 1, score: 5 },
}

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  return workbook
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1)

describe('statsWorkbook', () => {
  it('titles the period with the last included day', () => {
    expect(statsTitle(stats)).toBe('示范县人民政府办公室政务信息报送统计（2026年1月1日至2026年11月30日）')
  })

  it('writes 单位排名 with rates as percentages and 月度趋势 by month', async () => {
    const workbook = await read(await statsWorkbook(stats))
    const units = workbook.getWorksheet('单位排名')!
    expect(units.getCell('A1').value).toBe(statsTitle(stats))
    expect(values(units, 2)).toEqual(['名次', '单位', '层级', '报送', '采用', '采用率', '得分', '未完成月度任务（月）', '约稿未报', '领导批示', '批示逾期反馈', '年度目标', '目标完成率'])
    expect(values(units, 3)).toEqual([1, '县教育局', '县级', 2, 1, 0.5, 5, 10, 0, 1, 0, 50, 0.1])
    expect(units.getCell('F3').numFmt).toBe('0.0%')
    expect(units.getCell('M3').numFmt).toBe('0.0%')
    expect(units.getCell('F4').value).toBeNull()
    const months = workbook.getWorksheet('月度趋势')!
    expect(values(months, 2)).toEqual(['月份', '报送', '采用', '得分'])
    expect(values(months, 4)).toEqual(['2026年11月', 2, 1, 5])
  })
})

describe('bulletinWorkbook', () => {
  it('has the bulletin title and the same table as the .docx', async () => {
    const workbook = await read(await bulletinWorkbook(bulletinView(sampleBulletin, null)))
    const sheet = workbook.worksheets[0]
    expect(sheet.getCell('A1').value).toBe(sampleBulletin.title)
    expect(values(sheet, 2)[0]).toBe('名次')
    expect(values(sheet, 3)).toEqual([1, '县教育局', 1, 1, '100%', 5, 0, 0, 1])
    expect(values(sheet, 5).slice(0, 3)).toEqual([undefined, '合计', 2])
  })
})
