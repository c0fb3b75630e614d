import { describe, expect, it } from 'vitest'

import { JSON_VIEW_TEXT, jsonShape, MAX_ROW_COLUMNS, scalarText } from './shape'

describe('JsonView shape', () => {
  it('shows nothing-values as empty', () => {
    for (const value of [undefined, null, '', [], {}]) expect(jsonShape(value)).toEqual({ kind: 'empty' })
  })

  it('shows a flat object (a signature checklist) as a two-column table', () => {
    expect(jsonShape({ 内容属实: true, 无涉密信息: false, 备注: null })).toEqual({
      kind: 'record',
      entries: [
        ['内容属实', true],
        ['无涉密信息', false],
        ['备注', null],
      ],
    })
  })

  it('shows a list of flat objects (a publish log’s revisions) as a table with a column per key', () => {
    const revisions = [
      { collection: 'articles', id: 1, updatedAt: '2026-11-20T02:00:00.000Z', column: 'yaowen' },
      { collection: 'articles', id: 2, updatedAt: '2026-11-21T02:00:00.000Z', column: null },
    ]
    expect(jsonShape(revisions)).toEqual({ kind: 'rows', columns: ['collection', 'id', 'updatedAt', 'column'], rows: revisions })
  })

  it('shows nested values (a frozen route) as indented JSON, Chinese unescaped', () => {
    const route = [{ index: 0, label: '单位负责人审核', mode: 'one', signers: [{ id: 5, name: '陈局长' }], checklist: ['内容属实'], because: '' }]
    const shape = jsonShape(route)
    expect(shape.kind).toBe('text')
    const text = (shape as { text: string }).text
    expect(text).toContain('"label": "单位负责人审核"')
    expect(text).toContain('\n        "name": "陈局长"')
    expect(JSON.parse(text)).toEqual(route)
  })

  it('falls back to text when a table would be too wide', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_ROW_COLUMNS + 1 }, (_, i) => [`c${i}`, i]))
    expect(jsonShape([wide]).kind).toBe('text')
  })

  it('writes table cells in Chinese', () => {
    const zh = JSON_VIEW_TEXT.zh
    expect([true, false, null, '', 0, '文字'].map((v) => scalarText(v, zh))).toEqual(['是', '否', '—', '—', '0', '文字'])
  })
})
