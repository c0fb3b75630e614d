/** 政府信息公开申请答复书 as a Word document (.docx, A4). */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'

import { formatChineseDate } from '../format'
import { OUTCOMES } from '../outcomes'

export type ReplyLetterData = {
  receiptNo: string
  name: string
  applicantKind: string
  receivedAt: string
  description: string
  outcome?: string | null
  replyContent?: string | null
  repliedAt?: string | null
  office: { name?: string | null; address?: string | null; phone?: string | null }
}

/** The legal basis and wording of each outcome group (《中华人民共和国政府信息公开条例》). */
const GROUP_TEXT: Record<string, string> = {
  '（一）予以公开': '经审查，您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，现予以公开。',
  '（二）部分公开': '经审查，您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关向您提供可以公开的部分。',
  '（三）不予公开': '经审查，您申请获取的政府信息依法不予公开。根据《中华人民共和国政府信息公开条例》第三十六条第（三）项的规定，本机关决定不予公开，理由：',
  '（四）无法提供': '经审查，本机关无法提供您申请获取的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项、第三十八条的规定，情形为：',
  '（五）不予处理': '经审查，您的申请依法不作为政府信息公开申请处理。根据《中华人民共和国政府信息公开条例》第三十五条、第三十六条第（六）项、第三十九条的规定，情形为：',
  '（六）其他处理': '您的申请已按下列情形处理：',
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' }
const para = (text: string, options: { center?: boolean; right?: boolean; bold?: boolean; size?: number; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : options.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: 640 } : undefined,
    spacing: { line: 560 },
    children: [new TextRun({ text, bold: options.bold, size: options.size ?? 32, font: FONT })],
  })

export function replyLetterParagraphs(data: ReplyLetterData): string[] {
  const outcome = OUTCOMES.find((o) => o.value === data.outcome)
  const you = data.applicantKind === 'legal' ? '贵单位' : '您'
  const decision = outcome
    ? `${GROUP_TEXT[outcome.group]}${outcome.group === '（一）予以公开' || outcome.group === '（二）部分公开' ? '' : `${outcome.label}。`}`
    : '（尚未选择办理结果）'
  return [
    `${data.name}：`,
    `本机关于${formatChineseDate(data.receivedAt)}收到${you}提出的政府信息公开申请（受理编号：${data.receiptNo}），申请获取“${data.description}”。`,
    decision.replaceAll('您', you),
    ...(data.replyContent ? data.replyContent.split(/\n+/) : []),
    `如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。`,
  ]
}

export async function renderReplyLetterDocx(data: ReplyLetterData): Promise<Buffer> {
  const body = replyLetterParagraphs(data)
  const document = new Document({
    creator: data.office.name ?? '政府信息公开工作机构',
    title: `政府信息公开申请答复书（${data.receiptNo}）`,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: [
          para('政府信息公开申请答复书', { center: true, bold: true, size: 44 }),
          para(data.receiptNo, { center: true }),
          para(body[0]),
          ...body.slice(1).map((text) => para(text, { indent: true })),
          para(''),
          para(data.office.name ?? '', { right: true }),
          para(formatChineseDate(data.repliedAt ?? new Date().toISOString()), { right: true }),
          ...(data.office.address || data.office.phone
            ? [para(`（联系地址：${data.office.address ?? ''}　联系电话：${data.office.phone ?? ''}）`, { size: 28 })]
            : []),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
