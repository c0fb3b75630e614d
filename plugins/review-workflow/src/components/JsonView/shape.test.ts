import { describe, expect, it } from 'vitest'

import { JSON_VIEW_TEXT, jsonShape, MAX_ROW_COLUMNS, scalarText, tableShape } from './shape'

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

describe('JsonView table', () => {
  const route = [
    { index: 0, label: '单位负责人审核', mode: 'any', role: 'unitHead', signers: [{ id: 5, name: '陈局长' }, { id: 6, name: '王副局长' }], deadlineDays: 2, checklist: ['准确性', '是否涉密'], because: '' },
    { index: 1, label: '县委宣传部审核', mode: 'one', role: 'unitHead', signers: [{ id: 9, name: '周部长' }], deadlineDays: null, checklist: [], because: '信息性质 属于 重大事件' },
  ]
  const table = {
    columns: { label: { zh: '环节', en: 'Stage' }, signers: { zh: '签发人', en: 'Signers' }, mode: { zh: '签发方式', en: 'Mode' }, role: '角色', because: { zh: '适用条件', en: 'Applies when' } },
    values: { mode: { any: { zh: '或签', en: 'Any' }, one: '单人签发' }, role: { unitHead: { zh: '单位负责人', en: 'Unit head' } } },
  }

  it('shows a frozen route under Chinese headers, codes by their labels, names joined', () => {
    expect(tableShape(route, table, 'zh')).toEqual({
      kind: 'rows',
      columns: ['环节', '签发人', '签发方式', '角色', '适用条件'],
      rows: [
        { 环节: '单位负责人审核', 签发人: '陈局长、王副局长', 签发方式: '或签', 角色: '单位负责人', 适用条件: null },
        { 环节: '县委宣传部审核', 签发人: '周部长', 签发方式: '单人签发', 角色: '单位负责人', 适用条件: '信息性质 属于 重大事件' },
      ],
    })
    expect(tableShape(route, table, 'en')).toMatchObject({ columns: ['Stage', 'Signers', 'Mode', '角色', 'Applies when'], rows: [{ Mode: 'Any', 角色: 'Unit head' }, {}] })
  })

  it('reads the rows under a key and falls back to the plain view for anything else', () => {
    const check = { checkedAt: '2026-11-30T00:00:00Z', findings: [{ kind: 'phone', kindLabel: '电话号码', severity: 'warn', field: '正文', match: '139****5678' }] }
    const spec = { rowsAt: 'findings', columns: { kindLabel: '检测项', severity: '处理', match: '内容' }, values: { severity: { warn: '须核实' } } }
    expect(tableShape(check, spec, 'zh')).toEqual({ kind: 'rows', columns: ['检测项', '处理', '内容'], rows: [{ 检测项: '电话号码', 处理: '须核实', 内容: '139****5678' }] })
    expect(tableShape({ checkedAt: 'x', findings: [] }, spec, 'zh')).toEqual({ kind: 'empty' })
    expect(tableShape('text', spec, 'zh')).toEqual({ kind: 'scalar', value: 'text' })
  })
})
