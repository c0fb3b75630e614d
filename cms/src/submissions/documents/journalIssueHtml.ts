/**
 * A journal issue as a self-contained printable page (A4, inline CSS, no scripts), the same
 * layout as the .docx. Everything typed by users is escaped.
 */
import { escapeHtml } from './format'
import { type JournalIssueView, UNSIGNED } from './journalIssueView'

const CSS = `
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  * { box-sizing: border-box; }
  body { margin: 0; padding: 24px; color: #000; background: #fff;
    font-family: "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", serif; font-size: 16pt; line-height: 28pt; }
  .sheet { max-width: 156mm; margin: 0 auto; }
  .heading, .classification, .masthead, .note-label { font-family: "SimHei", "黑体", "Heiti SC", sans-serif; }
  .classification { min-height: 28pt; margin: 0; }
  .masthead { color: #e00; text-align: center; font-size: 42pt; line-height: 1.3; font-weight: bold; letter-spacing: 4pt; margin: 12pt 0; }
  .number { text-align: center; margin: 0; }
  .split { display: flex; justify-content: space-between; gap: 1em; padding: 0 14pt; margin: 0; }
  .issuer { border-bottom: 2.25pt solid #e00; padding-bottom: 4pt; margin-bottom: 20pt; }
  p.body { text-indent: 2em; text-align: justify; margin: 0; }
  h2.heading { text-align: center; font-size: 18pt; line-height: 1.5; margin: 18pt 0 12pt; }
  .colophon { margin-top: 32pt; font-size: 14pt; }
  .colophon .send { border-bottom: 0.75pt solid #000; padding: 2pt 14pt 2pt 2.8em; text-indent: -2em; margin: 0; }
  .colophon .send:first-child { border-top: 0.75pt solid #000; }
  .colophon .split { border-bottom: 0.75pt solid #000; }
  .colophon .copies { text-align: right; margin: 0; }
  @media print {
    body { padding: 0; }
    .masthead, .issuer { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    h2.heading { break-after: avoid; page-break-after: avoid; }
    .colophon { break-inside: avoid; page-break-inside: avoid; }
  }
`

const body = (text: string) => `<p class="body">${text}</p>`

function itemsHtml(view: JournalIssueView): string {
  return view.items
    .map((item) => {
      const paragraphs = item.paragraphs.length ? item.paragraphs : ['']
      const source = item.sourceUnit ? `<span class="source">（${escapeHtml(item.sourceUnit)}）</span>` : ''
      return `<article>
    <h2 class="heading">${escapeHtml(item.heading)}</h2>
    ${paragraphs.map((p, i) => body(escapeHtml(p) + (i === paragraphs.length - 1 ? source : ''))).join('\n    ')}
  </article>`
    })
    .join('\n  ')
}

export function renderJournalIssueHtml(view: JournalIssueView): string {
  const note = view.editorNote
    .map((line, i) => body(`${i === 0 ? '<span class="note-label">编者按：</span>' : ''}${escapeHtml(line)}`))
    .join('\n    ')
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="sheet">
  <header>
    <p class="classification">${escapeHtml(view.classification)}</p>
    <h1 class="masthead">${escapeHtml(view.journalName)}</h1>
    <p class="number">${escapeHtml(view.number)}</p>
    <p class="split issuer"><span>${escapeHtml(view.officeName)}编</span><span>${escapeHtml(view.signedDate ?? UNSIGNED)}</span></p>
  </header>
  ${note ? `<section class="editor-note">\n    ${note}\n  </section>` : ''}
  ${itemsHtml(view)}
  <footer class="colophon">
    ${view.colophon.map((line) => `<p class="send">${line.label}：${escapeHtml(line.text)}</p>`).join('\n    ')}
    <p class="split"><span>${escapeHtml(view.officeName)}</span><span>${escapeHtml(view.signedDate ? `${view.signedDate}印发` : UNSIGNED)}</span></p>
    ${view.copies ? `<p class="copies">（共印${view.copies}份）</p>` : ''}
  </footer>
</div>
</body>
</html>
`
}
