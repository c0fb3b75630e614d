/**
 * A journal issue (刊物期次) as a Word document in the layout of a government internal journal:
 * classification, red masthead, number line, issuing office and sign-off date over a red rule,
 * 编者按, the items, and the 版记 (发送, 印发, 印数) at the foot.
 */
import { AlignmentType, Document, Packer, Paragraph } from 'docx'

import { BODY_SIZE, LINE, PAGE, RED, bodyParagraph, rule, run, splitLine } from './docxStyle'
import { type JournalIssueView, UNSIGNED } from './journalIssueView'

function masthead(view: JournalIssueView): Paragraph[] {
  return [
    new Paragraph({ spacing: { line: LINE }, children: [run(view.classification, { heading: true })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [run(view.journalName, { heading: true, bold: true, size: 84, color: RED })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: LINE }, children: [run(view.number)] }),
    splitLine(`${view.officeName}编`, view.signedDate ?? UNSIGNED, { bottom: rule(RED, 18) }),
    new Paragraph({ children: [] }),
  ]
}

function editorNote(view: JournalIssueView): Paragraph[] {
  return view.editorNote.map((line, i) => bodyParagraph(i === 0 ? [run('编者按：', { heading: true }), run(line)] : [run(line)]))
}

function items(view: JournalIssueView): Paragraph[] {
  return view.items.flatMap((item) => {
    const source = item.sourceUnit ? [run(`（${item.sourceUnit}）`)] : []
    const paragraphs = item.paragraphs.length ? item.paragraphs : ['']
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 360, after: 240, line: LINE },
        children: [run(item.heading, { heading: true, bold: true, size: 36 })],
      }),
      ...paragraphs.map((text, i) => bodyParagraph([run(text), ...(i === paragraphs.length - 1 ? source : [])])),
    ]
  })
}

/** 版记: 报, 送 and 发 each on a line between rules, then the issuing office and date, and the print run. */
function colophon(view: JournalIssueView): Paragraph[] {
  const size = 28 // 四号
  return [
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    ...view.colophon.map(
      (line, i) =>
        new Paragraph({
          border: { ...(i === 0 ? { top: rule() } : {}), bottom: rule() },
          spacing: { line: LINE },
          indent: { left: 280, right: 280, hanging: 560 },
          children: [run(`${line.label}：`, { size }), run(line.text, { size })],
        }),
    ),
    splitLine(view.officeName, view.signedDate ? `${view.signedDate}印发` : UNSIGNED, { bottom: rule() }),
    ...(view.copies ? [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: LINE }, children: [run(`（共印${view.copies}份）`, { size })] })] : []),
  ]
}

export async function renderJournalIssueDocx(view: JournalIssueView): Promise<Buffer> {
  const document = new Document({
    creator: view.officeName || '信息工作机构',
    title: view.title,
    styles: { default: { document: { run: { size: BODY_SIZE } } } },
    sections: [{ properties: { page: PAGE }, children: [...masthead(view), ...editorNote(view), ...items(view), ...colophon(view)] }],
  })
  return Packer.toBuffer(document)
}
