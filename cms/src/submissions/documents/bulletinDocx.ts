/** A bulletin (通报) as a Word document: title, introduction, the ranking table, office and date. */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'

import { BODY_SIZE, LINE, PAGE, TEXT_WIDTH, bodyParagraph, run } from './docxStyle'
import { bulletinTable, type BulletinView } from './bulletinView'

/** 名次 | 单位 | 报送 | 采用 | 采用率 | 得分 | 未完成月度任务（月） | 约稿未报 | 领导批示 — sums to TEXT_WIDTH. */
const COLUMNS = [620, 2000, 700, 700, 900, 700, 1225, 1000, 1000]
const TABLE_SIZE = 21 // 五号

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: line, bottom: line, left: line, right: line }

const cell = (text: string | number, width: number, header = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    borders,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(String(text), { size: TABLE_SIZE, heading: header })] })],
  })

function table(view: BulletinView): Table {
  const { header, rows } = bulletinTable(view)
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, COLUMNS[i], true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, COLUMNS[i])) })),
    ],
  })
}

export async function renderBulletinDocx(view: BulletinView): Promise<Buffer> {
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, spacing: { line: LINE }, children: [run(text)] })
  const document = new Document({
    creator: view.officeName || '信息工作机构',
    title: view.title,
    styles: { default: { document: { run: { size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: PAGE },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360, line: 700 }, children: [run(view.title, { heading: true, bold: true, size: 40 })] }),
          ...view.intro.map((text) => bodyParagraph([run(text)])),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          table(view),
          new Paragraph({ spacing: { before: 600 }, children: [] }),
          right(view.officeName),
          right(view.date ?? '（未签发）'),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
