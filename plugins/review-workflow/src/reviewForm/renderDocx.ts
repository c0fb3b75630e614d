/** The review form as a Word document (.docx, A4), the same content as the HTML page. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'

import type { ReviewFormData, ReviewFormStage } from './formData'
import { formatDate, formatDateTime } from './format'
import { FORM_TITLE, publishFormBoxes } from './renderHtml'

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' }
/** Twips across an A4 page with 2.5 cm margins (21 cm − 5 cm = 16 cm). */
const TABLE_WIDTH = 9070
/** 审核环节 | 审核结论 | 审核意见 | 审核要点 | 签发人 | 签发时间 */
const COLUMNS = [1540, 1000, 2450, 1540, 1090, 1450]

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: line, bottom: line, left: line, right: line }

/** Paragraphs of a text, one per line; an empty text still gives the cell its paragraph. */
function paragraphs(text: string, { bold = false, center = false } = {}): Paragraph[] {
  return (text || '').split(/\r?\n/).map(
    (part) =>
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: part, bold })],
      }),
  )
}

function cell(
  text: string,
  { bold = false, center = false, span = 1, rowSpan = 1, shade = false } = {},
): TableCell {
  const width = COLUMNS.slice(0, span).reduce((a, b) => a + b, 0)
  return new TableCell({
    children: paragraphs(text, { bold, center }),
    columnSpan: span > 1 ? span : undefined,
    rowSpan: rowSpan > 1 ? rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    borders,
  })
}

const label = (text: string) => cell(text, { bold: true, center: true })

function fieldRow(name: string, value: string): TableRow {
  return new TableRow({ cantSplit: true, children: [label(name), cell(value, { span: 5 })] })
}

function stageRows(stage: ReviewFormStage): TableRow[] {
  const entries = stage.signatures.length
    ? stage.signatures
    : [{ decision: stage.decision, opinion: '', signer: '', signedAt: '', checklist: stage.checklist }]
  return entries.map(
    (s, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          ...(i === 0 ? [cell(stage.label, { bold: true, center: true, rowSpan: entries.length })] : []),
          cell(s.decision, { center: true }),
          cell(s.opinion),
          cell(s.checklist.map((c) => `${c.item}${c.answer}`).join('\n')),
          cell(s.signer, { center: true }),
          cell(formatDateTime(s.signedAt), { center: true }),
        ],
      }),
  )
}

/** The review form as a .docx file. */
export async function renderReviewFormDocx(data: ReviewFormData): Promise<Buffer> {
  const header = ['审核环节', '审核结论', '审核意见', '审核要点', '签发人', '签发时间']
  const table = new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      fieldRow('部门', data.department),
      fieldRow('信息名称', data.title),
      fieldRow('发布形式', publishFormBoxes(data)),
      new TableRow({
        cantSplit: true,
        children: [
          label('提交人'),
          cell(data.authorName, { span: 2 }),
          label('审核状态'),
          cell(`${data.statusLabel}${data.emergency ? '（已紧急发布）' : ''}`, { span: 2 }),
        ],
      }),
      new TableRow({
        tableHeader: false,
        cantSplit: true,
        children: header.map((h) => cell(h, { bold: true, center: true, shade: true })),
      }),
      ...(data.stages.length
        ? data.stages.flatMap(stageRows)
        : [new TableRow({ children: [cell('无审核环节（备案）', { span: 6, center: true })] })]),
    ],
  })
  const doc = new Document({
    creator: 'review-workflow',
    title: `${FORM_TITLE} - ${data.title}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: FORM_TITLE, bold: true, size: 40 })],
          }),
          new Paragraph({
            spacing: { after: 120 },
            children: [
              new TextRun({ text: `单位名称：${data.unitName}` }),
              new TextRun({ text: `　　填表日期：${formatDate(data.filledAt)}` }),
              new TextRun({ text: `　　序号：${data.serial}` }),
            ],
          }),
          table,
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
