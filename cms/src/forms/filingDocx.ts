/** One filing as a Word document: the form's items as a table, then the review signatures. */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'

import type { ReviewFormStage } from '@gov/review-workflow'

import { BODY_SIZE, PAGE, TEXT_WIDTH, run } from '../submissions/documents/docxStyle'
import { formatValue } from './format'
import type { FieldSpec, FormData } from './types'

const SIZE = 24 // 小四
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: line, bottom: line, left: line, right: line }

const cell = (text: string, width: number, { header = false, span = 1 } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders,
    children: String(text || ' ')
      .split('\n')
      .map((t) => new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(t, { size: SIZE, heading: header })] })),
  })

export type FilingDocxView = {
  formName: string
  basis?: string | null
  unitName: string
  meta: string[]
  fields: FieldSpec[]
  data: FormData
  stages: ReviewFormStage[]
  statusLabel: string
  writer: string
  exportedAt: string
}

const LABEL_WIDTH = 2600

function answerRows(view: FilingDocxView): TableRow[] {
  const rows: TableRow[] = []
  const pair = (label: string, value: string) => new TableRow({ cantSplit: true, children: [cell(label, LABEL_WIDTH, { header: true }), cell(value, TEXT_WIDTH - LABEL_WIDTH)] })
  for (const spec of view.fields) {
    const label = spec.column ? `${spec.label}（第${spec.column}列）` : spec.label
    if (spec.type !== 'table') {
      rows.push(pair(label, formatValue(spec, view.data[spec.key])))
      continue
    }
    const tableRows = Array.isArray(view.data[spec.key]) ? (view.data[spec.key] as FormData[]) : []
    if (tableRows.length === 0) {
      rows.push(pair(label, '（无）'))
      continue
    }
    // Each row of a table item as its column: value lines, so wide tables (表一) stay readable on A4.
    tableRows.forEach((row, i) => {
      const lines = (spec.columns ?? [])
        .map((c) => {
          const value = formatValue(c, row[c.key])
          return value ? `${c.column ? `${c.column}. ` : ''}${c.label}：${value}` : ''
        })
        .filter(Boolean)
      rows.push(pair(tableRows.length > 1 ? `${label}（${i + 1}）` : label, lines.join('\n')))
    })
  }
  return rows
}

const SIGN_COLUMNS = [2200, 3700, 1500, TEXT_WIDTH - 7400]

function signatureTable(stages: ReviewFormStage[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: SIGN_COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: ['审核环节', '意见', '签发人', '时间'].map((h, i) => cell(h, SIGN_COLUMNS[i], { header: true })) }),
      ...stages.map(
        (s) =>
          new TableRow({
            cantSplit: true,
            children: [s.label, [s.decision, s.opinion].filter(Boolean).join('：'), s.signer, s.signedAt].map((t, i) => cell(t, SIGN_COLUMNS[i])),
          }),
      ),
    ],
  })
}

export async function renderFilingDocx(view: FilingDocxView): Promise<Buffer> {
  const para = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) => new Paragraph({ alignment, spacing: { after: 80 }, children: [run(text, { size: SIZE })] })
  const document = new Document({
    creator: view.unitName,
    title: view.formName,
    styles: { default: { document: { run: { size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: PAGE },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(view.formName, { heading: true, bold: true, size: 36 })] }),
          ...(view.basis ? [para(`依据：${view.basis}`, AlignmentType.CENTER)] : []),
          para(`填报单位：${view.unitName}`),
          ...view.meta.map((m) => para(m)),
          new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], layout: TableLayoutType.FIXED, rows: answerRows(view) }),
          new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(`审核签署（${view.statusLabel}）`, { heading: true, size: SIZE })] }),
          view.stages.length ? signatureTable(view.stages) : para('尚未提交审核。'),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          para(`填报人：${view.writer}　　导出时间：${view.exportedAt}`, AlignmentType.RIGHT),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
