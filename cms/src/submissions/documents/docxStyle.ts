/** Page and type of the submission line's Word documents: A4 with the margins and sizes of GB/T 9704 公文. */
import { AlignmentType, BorderStyle, Paragraph, type ParagraphChild, Tab, TabStopType, TextRun } from 'docx'

/** 仿宋 for body text, 黑体 for headings (names only; Word substitutes what the machine has). */
export const BODY_FONT = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋_GB2312', cs: 'FangSong' }
export const HEADING_FONT = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' }

/** 三号 (16 pt) in half-points. */
export const BODY_SIZE = 32
/** Two characters of 三号, in twips: the first-line indent of a paragraph. */
export const INDENT_2CH = 640
/** Fixed 28 pt lines (about 22 lines a page). */
export const LINE = 560

export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
}
/** Twips between the margins (21 cm − 28 mm − 26 mm). */
export const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right

export const RED = 'FF0000'

export const rule = (color = '000000', size = 6) => ({ style: BorderStyle.SINGLE, size, color, space: 4 })

type Options = { bold?: boolean; heading?: boolean; size?: number; color?: string }

export const run = (text: string, { bold, heading, size, color }: Options = {}) =>
  new TextRun({ text, bold, color, size: size ?? BODY_SIZE, font: heading ? HEADING_FONT : BODY_FONT })

/** A body paragraph with the two-character first-line indent. */
export const bodyParagraph = (children: ParagraphChild[]) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_2CH }, spacing: { line: LINE }, children })

/** Left text, right text on one line (a right tab at the margin), with optional rules above and below. */
export function splitLine(left: string, right: string, borders: { top?: ReturnType<typeof rule>; bottom?: ReturnType<typeof rule> } = {}) {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    spacing: { line: LINE },
    border: borders,
    indent: { left: 280, right: 280 },
    children: [run(left), new TextRun({ children: [new Tab(), right], size: BODY_SIZE, font: BODY_FONT })],
  })
}
