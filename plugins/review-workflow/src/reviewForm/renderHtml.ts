/**
 * The review form as a standalone, printable HTML page (A4). Every value that came from a
 * user — titles, names, opinions, checklist items — is escaped.
 */
import type { ReviewFormData, ReviewFormStage } from './formData'
import { formatDate, formatDateTime } from './format'

export const FORM_TITLE = '上网信息发布审核表'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/** Escaped text with line breaks kept. */
const multiline = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>')

/** ☑网站公开 ☐依申请提供 ☐其他 */
export function publishFormBoxes(data: Pick<ReviewFormData, 'publishForm' | 'publishForms'>): string {
  return data.publishForms.map((form) => `${form === data.publishForm ? '☑' : '☐'}${form}`).join('　')
}

function checklistHtml(stage: Pick<ReviewFormStage, 'checklist'>): string {
  if (stage.checklist.length === 0) return ''
  return stage.checklist
    .map((c) => `<span class="check">${escapeHtml(c.item)}${c.answer === '✓' ? '✓' : '✗'}</span>`)
    .join(' ')
}

function stageRowHtml(stage: ReviewFormStage): string {
  const rows = stage.signatures.length
    ? stage.signatures
    : [{ decision: stage.decision, opinion: '', signer: '', signedAt: '', checklist: stage.checklist }]
  return rows
    .map(
      (s, i) => `
      <tr class="stage">
        ${i === 0 ? `<th scope="row"${rows.length > 1 ? ` rowspan="${rows.length}"` : ''}>${escapeHtml(stage.label)}</th>` : ''}
        <td class="decision${s.signer ? '' : ' pending'}">${escapeHtml(s.decision)}</td>
        <td class="opinion">${multiline(s.opinion)}</td>
        <td class="checklist">${checklistHtml(s)}</td>
        <td class="signer">${escapeHtml(s.signer)}</td>
        <td class="time">${escapeHtml(formatDateTime(s.signedAt))}</td>
      </tr>`,
    )
    .join('')
}

const CSS = `
  @page { size: A4; margin: 18mm 15mm; }
  * { box-sizing: border-box; }
  body { margin: 0; padding: 16px; color: #000; background: #fff;
    font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14px; line-height: 1.5; }
  .sheet { max-width: 180mm; margin: 0 auto; }
  h1 { text-align: center; font-size: 22px; letter-spacing: 4px; margin: 8px 0 16px; }
  .meta { display: flex; justify-content: space-between; gap: 12px; margin-bottom: 6px; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  th, td { border: 1px solid #000; padding: 6px 8px; vertical-align: middle; word-break: break-all; }
  th { font-weight: bold; text-align: center; }
  .section th { background: #f2f2f2; }
  td.decision, td.time, td.signer { text-align: center; }
  td.pending { color: #666; }
  .check { white-space: nowrap; margin-right: 6px; }
  .emergency { font-weight: bold; }
  .toolbar { text-align: right; max-width: 180mm; margin: 0 auto 12px; }
  .toolbar button { font-size: 14px; padding: 4px 16px; cursor: pointer; }
  @media print {
    body { padding: 0; }
    .no-print { display: none !important; }
    .section th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    tr { page-break-inside: avoid; }
  }
`

/** The complete HTML page of the review form. */
export function renderReviewFormHtml(data: ReviewFormData): string {
  const stages = data.stages.length
    ? data.stages.map(stageRowHtml).join('')
    : `<tr><td colspan="6" class="pending">无审核环节（备案）</td></tr>`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${FORM_TITLE} - ${escapeHtml(data.title)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" onclick="window.print()">打印</button></div>
<div class="sheet">
  <h1>${FORM_TITLE}</h1>
  <div class="meta">
    <span>单位名称：${escapeHtml(data.unitName)}</span>
    <span>填表日期：${escapeHtml(formatDate(data.filledAt))}</span>
    <span>序号：${escapeHtml(data.serial)}</span>
  </div>
  <table>
    <colgroup><col style="width:17%"><col style="width:11%"><col style="width:27%"><col style="width:17%"><col style="width:12%"><col style="width:16%"></colgroup>
    <tbody>
      <tr><th scope="row">部门</th><td colspan="5">${escapeHtml(data.department)}</td></tr>
      <tr><th scope="row">信息名称</th><td colspan="5" class="title">${escapeHtml(data.title)}</td></tr>
      <tr><th scope="row">发布形式</th><td colspan="5" class="publish-form">${escapeHtml(publishFormBoxes(data))}</td></tr>
      <tr><th scope="row">提交人</th><td colspan="2">${escapeHtml(data.authorName)}</td><th scope="row">审核状态</th><td colspan="2">${escapeHtml(data.statusLabel)}${data.emergency ? '<span class="emergency">（已紧急发布）</span>' : ''}</td></tr>
      <tr class="section"><th scope="col">审核环节</th><th scope="col">审核结论</th><th scope="col">审核意见</th><th scope="col">审核要点</th><th scope="col">签发人</th><th scope="col">签发时间</th></tr>
      ${stages}
    </tbody>
  </table>
</div>
</body>
</html>
`
}
