import { describe, expect, it } from 'vitest'

import { renderJournalIssueHtml } from './journalIssueHtml'
import { journalIssueView } from './journalIssueView'
import { sampleIssue, XSS } from './testFixtures'

const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;'

describe('renderJournalIssueHtml', () => {
  it('prints the masthead, editor’s note, items with their source, and the colophon', () => {
    const html = renderJournalIssueHtml(journalIssueView(sampleIssue))
    expect(html).toContain('<title>《政务快讯》2026年第1期（总第121期）</title>')
    expect(html).toContain('<p class="classification">内部资料</p>')
    expect(html).toContain('<h1 class="masthead">政务快讯</h1>')
    expect(html).toContain('2026年第1期（总第121期）')
    expect(html).toContain('<span>示范县人民政府办公室编</span><span>2026年11月27日</span>')
    expect(html).toContain('<span class="note-label">编者按：</span>课后服务是“双减”工作的重要抓手。')
    expect(html).toContain('<h2 class="heading">县教育局“课后服务+”实现义务教育学校全覆盖</h2>')
    expect(html).toContain('一是统筹师资力量。<span class="source">（县教育局）</span></p>')
    expect(html).toMatch(/<p class="send">报：市政府办公室<\/p>\s*<p class="send">送：县委办公室，县人大常委会办公室<\/p>\s*<p class="send">发：县政府领导，各乡镇人民政府，县政府各部门<\/p>/)
    expect(html).toContain('2026年11月27日印发')
    expect(html).toContain('（共印100份）')
    expect(html).toMatch(/@media print/)
    expect(html).toMatch(/size: A4/)
  })

  it('marks an unsigned issue and leaves out what is not set', () => {
    const html = renderJournalIssueHtml(journalIssueView({ ...sampleIssue, signedAt: null, copies: null, editorNote: '', classification: 'public' }))
    expect(html).toContain('<span>（未签发）</span>')
    expect(html).not.toContain('印发')
    expect(html).not.toContain('共印')
    expect(html).not.toContain('编者按')
    expect(html).toContain('<p class="classification"></p>')
  })

  it('escapes everything users typed and carries no script', () => {
    const html = renderJournalIssueHtml(
      journalIssueView({
        ...sampleIssue,
        title: `《政务快讯》${XSS}`,
        editorNote: `按语${XSS}`,
        reportTo: `"><img src=x onerror=alert(1)>`,
        distribution: `"><img src=x onerror=alert(1)>`,
        items: [{ heading: `标题${XSS}`, text: `正文${XSS}\n<b onmouseover="x">第二段</b>`, sourceUnit: `<i>单位</i>` }],
      }),
    )
    expect(html).not.toMatch(/<script|<img|<b |<i>|onmouseover="/i)
    expect(html).toContain(`标题${ESCAPED}`)
    expect(html).toContain(`正文${ESCAPED}`)
    expect(html).toContain(`按语${ESCAPED}`)
    expect(html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;第二段&lt;/b&gt;')
    expect(html).toContain('（&lt;i&gt;单位&lt;/i&gt;）')
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
  })
})
