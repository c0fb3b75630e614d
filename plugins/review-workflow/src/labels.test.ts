import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { conditionFields, conditionLabels, roleLabelsFromConfig, translateLabel } from './labels'

const fields: Field[] = [
  { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
  {
    type: 'row',
    fields: [
      {
        name: 'sensitivity',
        type: 'select',
        label: { zh: '信息性质', en: 'Sensitivity' },
        options: [
          { value: 'normal', label: { zh: '一般', en: 'Normal' } },
          { value: 'major', label: { zh: '重大事件', en: 'Major' } },
        ],
      },
      { name: 'amount', type: 'number', label: '金额' },
    ],
  },
  { name: 'toLeader', type: 'checkbox', label: { zh: '写给领导', en: 'To a leader' } },
  { name: 'column', type: 'relationship', relationTo: 'columns' as never, label: { zh: '栏目', en: 'Column' } },
  { name: 'meta', type: 'group', label: { zh: '元数据', en: 'Meta' }, fields: [{ name: 'level', type: 'text', label: { zh: '级别', en: 'Level' } }] },
  { name: 'publishedAt', type: 'date', label: '发布日期' },
  { name: 'body', type: 'richText', label: '正文' },
  { name: 'secret', type: 'text', admin: { hidden: true } },
  { name: 'copied', type: 'checkbox', admin: { hidden: true } },
  { name: '_status', type: 'select', options: ['draft', 'published'] },
]

describe('condition fields', () => {
  it('offers the scalar fields by their labels, with select options and 是/否, by path', () => {
    const offered = conditionFields(fields, { fieldLabels: { amount: '预算金额', copied: '写给领导（由系统填写）' } })
    expect(offered.map((f) => [f.value, f.label, f.kind])).toEqual([
      ['title', '标题', 'text'],
      ['sensitivity', '信息性质', 'select'],
      ['amount', '预算金额', 'number'],
      ['toLeader', '写给领导', 'checkbox'],
      ['column', '栏目', 'relationship'],
      ['meta.level', '元数据 / 级别', 'text'],
      ['copied', '写给领导（由系统填写）', 'checkbox'],
    ])
    expect(offered[1].options).toEqual([
      { value: 'normal', label: '一般' },
      { value: 'major', label: '重大事件' },
    ])
    expect(offered[3].options).toEqual([
      { value: 'true', label: '是' },
      { value: 'false', label: '否' },
    ])
    expect(offered[4].relationTo).toBe('columns')
  })

  it('follows the language it is given', () => {
    const offered = conditionFields(fields, { translate: (label, fallback) => translateLabel(label, 'en', fallback) })
    expect(offered.find((f) => f.value === 'sensitivity')).toMatchObject({ label: 'Sensitivity', options: [{ label: 'Normal' }, { label: 'Major' }] })
  })

  it('names fields and values for route descriptions', () => {
    const { labels, valueLabels } = conditionLabels(conditionFields(fields))
    expect(labels.sensitivity).toBe('信息性质')
    expect(valueLabels.toLeader).toEqual({ true: '是', false: '否' })
  })
})

describe('role labels', () => {
  it('are the options of the users collection’s roles field', () => {
    const config = {
      collections: [
        {
          slug: 'users',
          fields: [{ type: 'row', fields: [{ name: 'roles', type: 'select', hasMany: true, options: [{ value: 'unitHead', label: { zh: '单位负责人', en: 'Unit head' } }, 'plain'] }] }],
        },
      ],
    } as never
    expect(roleLabelsFromConfig(config, 'users', 'roles')).toEqual({ unitHead: { zh: '单位负责人', en: 'Unit head' } })
    expect(roleLabelsFromConfig(config, 'people', 'roles')).toEqual({})
  })
})
