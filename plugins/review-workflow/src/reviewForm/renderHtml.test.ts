import { describe, expect, it } from 'vitest'

import type { Run } from '../engine/actions'
import { PUBLISH_FORMS, type ReviewFormData, stageRows } from './formData'
import { formatDate, formatDateTime } from './format'
import { escapeHtml, publishFormBoxes, renderReviewFormHtml } from './renderHtml'

const route: Run['route'] = [
  {
    index: 0,
    label: '单位负责人审核',
    mode: 'any',
    signers: [{ id: 5, name: '陈局长' }],
    deadlineDays: 2,
    checklist: ['准确性', '是否涉密'],
    because: '',
  },
  { index: 1, label: '县政府办公室审核', mode: 'any', signers: [{ id: 6, name: '刘审核' }], deadlineDays: 2, checklist: [], because: '' },
  { index: 2, label: '县领导审定', mode: 'any', signers: [{ id: 7, name: '张副县长' }], deadlineDays: 1, checklist: [], because: '' },
]

const signatures: Run['signatures'] = [
  {
    stage: 0,
    signer: 8,
    signerName: '赵子站',
    actingFor: 5,
    actingForName: '陈局长',
    decision: 'approve',
    opinion: '同意，"请"注意<b>格式</b>。',
    checklist: { 准确性: true, 是否涉密: false },
    revisionHash: 'x',
    signedAt: '2026-11-26T06:30:00.000Z',
  },
  { stage: 1, signer: 6, signerName: '刘审核', decision: 'return', opinion: '请补充来源。', revisionHash: 'x', signedAt: '2026-11-27T01:05:00.000Z' },
]

function form(overrides: Partial<ReviewFormData> = {}): ReviewFormData {
  return {
    unitName: '县教育局',
    filledAt: '2026-11-25T16:10:00.000Z',
    serial: '42',
    department: '县教育局',
    title: '关于<script>alert(1)</script>的"通知"',
    publishForm: '网站公开',
    publishForms: PUBLISH_FORMS,
    authorName: '李信息',
    statusLabel: '已退回修改',
    emergency: false,
    collection: 'articles',
    docId: '1',
    stages: stageRows({ route, signatures }),
    ...overrides,
  }
}

describe('escapeHtml', () => {
  it('escapes markup and both kinds of quotes', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(escapeHtml(`a & 'b'`)).toBe('a &amp; &#39;b&#39;')
    expect(escapeHtml('&lt;')).toBe('&amp;lt;')
    expect(escapeHtml(null)).toBe('')
    expect(escapeHtml(42)).toBe('42')
  })
})

describe('dates', () => {
  it('formats in China time', () => {
    expect(formatDateTime('2026-11-26T06:30:00.000Z')).toBe('2026年11月26日 14:30')
    // 16:10 UTC on the 25th is already the 26th in Beijing.
    expect(formatDate('2026-11-25T16:10:00.000Z')).toBe('2026年11月26日')
    expect(formatDateTime('2026-03-05T00:05:00.000Z')).toBe('2026年3月5日 08:05')
    expect(formatDateTime(null)).toBe('')
  })
})

describe('stageRows', () => {
  it('gives one row per route stage, with decision, signer (acting for), opinion and checklist', () => {
    const rows = stageRows({ route, signatures })
    expect(rows.map((r) => [r.label, r.decision, r.signer])).toEqual([
      ['单位负责人审核', '同意', '赵子站（代 陈局长）'],
      ['县政府办公室审核', '退回修改', '刘审核'],
      ['县领导审定', '待签', ''],
    ])
    expect(rows[0].checklist).toEqual([
      { item: '准确性', answer: '✓' },
      { item: '是否涉密', answer: '✗' },
    ])
    expect(rows[1].opinion).toBe('请补充来源。')
    expect(rows[2].signatures).toEqual([])
  })
})

describe('renderReviewFormHtml', () => {
  const html = renderReviewFormHtml(form())

  it('is a complete printable page', () => {
    expect(html).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<h1>上网信息发布审核表</h1>')
    expect(html).toContain('size: A4')
    expect(html).toMatch(/@media print \{[\s\S]*\.no-print \{ display: none/)
    expect(html).toMatch(/<div class="toolbar no-print"><button[^>]*>打印<\/button>/)
  })

  it('escapes every user-provided string', () => {
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>格式</b>')
    expect(html).toContain('关于&lt;script&gt;alert(1)&lt;/script&gt;的&quot;通知&quot;')
    expect(html).toContain('同意，&quot;请&quot;注意&lt;b&gt;格式&lt;/b&gt;。')
    const evil = renderReviewFormHtml(
      form({ unitName: '<img src=x onerror=alert(1)>', authorName: "'><svg onload=alert(1)>", serial: '<i>1</i>' }),
    )
    expect(evil).not.toMatch(/<img|<svg|<i>/)
  })

  it('has the header fields and one row per stage', () => {
    expect(html).toContain('单位名称：县教育局')
    expect(html).toContain('填表日期：2026年11月26日')
    expect(html).toContain('序号：42')
    expect(html.match(/<tr class="stage">/g)).toHaveLength(3)
    for (const text of ['单位负责人审核', '县政府办公室审核', '县领导审定', '赵子站（代 陈局长）', '刘审核', '退回修改', '待签', '2026年11月26日 14:30']) {
      expect(html).toContain(text)
    }
    expect(html).toContain('准确性✓')
    expect(html).toContain('是否涉密✗')
  })

  it('ticks 网站公开 and leaves the other publishing forms empty', () => {
    expect(publishFormBoxes(form())).toBe('☑网站公开　☐依申请提供　☐其他')
    expect(html).toContain('☑网站公开')
    expect(html).toContain('☐依申请提供')
    expect(html).toContain('☐其他')
  })

  it('lists every signature of a 会签 stage', () => {
    const joint: Run['route'] = [{ ...route[0], mode: 'all', signers: [{ id: 5, name: '陈局长' }, { id: 9, name: '黄主任' }] }]
    const both: Run['signatures'] = [
      { stage: 0, signer: 5, signerName: '陈局长', decision: 'approve', opinion: '同意。', revisionHash: 'x', signedAt: '2026-11-26T01:00:00Z' },
      { stage: 0, signer: 9, signerName: '黄主任', decision: 'approve', opinion: '同意发布。', revisionHash: 'x', signedAt: '2026-11-26T02:00:00Z' },
    ]
    const page = renderReviewFormHtml(form({ stages: stageRows({ route: joint, signatures: both }) }))
    expect(page).toContain('rowspan="2"')
    expect(page).toContain('陈局长')
    expect(page).toContain('黄主任')
    expect(page).toContain('同意发布。')
  })
})
