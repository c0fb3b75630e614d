/** The self-inspection report as offices hand it on: .xlsx (one row per finding) and .docx. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import ExcelJS from 'exceljs'

import { addTableSheet } from '../lib/tableSheet'
import { type InspectionItem, LEVEL_LABELS } from './types'
import { formatChineseDate } from '../disclosure/format'

export type ReportData = { startedAt: string; vetoes: number; deductions: number; warnings: number; items: InspectionItem[]; siteName: string }

const title = (r: ReportData) => `${r.siteName}网站自查报告（${formatChineseDate(r.startedAt)}）`
const summary = (r: ReportData) => `单项否决 ${r.vetoes} 项，扣分 ${r.deductions} 项，预警 ${r.warnings} 项。`
const HEADERS = ['序号', '类别', '指标', '位置', '情况', '整改建议']

export async function reportXlsx(report: ReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = addTableSheet(
    workbook,
    '自查结果',
    `${title(report)}　${summary(report)}`,
    HEADERS.map((header, i) => ({ header, width: [6, 10, 22, 30, 50, 36][i] })),
    report.items.map((item, i) => [i + 1, LEVEL_LABELS[item.level], item.indicator, item.target, item.detail, item.advice]),
  )
  report.items.forEach((item, i) => {
    if (item.level === 'veto') sheet.getRow(i + 3).font = { color: { argb: 'FFC00000' }, bold: true }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export async function reportDocx(report: ReportData): Promise<Buffer> {
  const cell = (text: string, bold = false, color?: string) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, color, font: '仿宋_GB2312', size: 21 })] })] })
  const rows = [
    new TableRow({ tableHeader: true, children: HEADERS.map((h) => cell(h, true)) }),
    ...report.items.map((item, i) => {
      const color = item.level === 'veto' ? 'C00000' : undefined
      return new TableRow({ cantSplit: true, children: [String(i + 1), LEVEL_LABELS[item.level], item.indicator, item.target, item.detail, item.advice].map((t) => cell(t, item.level === 'veto', color)) })
    }),
  ]
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title(report), font: '方正小标宋简体', size: 36 })] }),
          new Paragraph({ children: [new TextRun({ text: summary(report), font: '仿宋_GB2312', size: 28 })] }),
          report.items.length
            ? new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })
            : new Paragraph({ children: [new TextRun({ text: '未发现问题。', font: '仿宋_GB2312', size: 28 })] }),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
