import { describe, expect, it } from 'vitest'

import { describeGroup, evaluateGroup, validateGroup } from './conditions'

const doc = {
  involvesLeaders: 'main4',
  sensitivity: 'negative',
  amount: 650000,
  column: { id: 7, name: '要闻动态' },
  tags: ['民生', '教育'],
}

describe('evaluateGroup', () => {
  it('applies an empty group', () => {
    expect(evaluateGroup(doc, { match: 'all', conditions: [] })).toBe(true)
    expect(evaluateGroup(doc, null)).toBe(true)
  })

  it('matches in-lists written with | or commas', () => {
    expect(evaluateGroup(doc, { match: 'all', conditions: [{ field: 'involvesLeaders', operator: 'in', value: 'county|main4|provincial' }] })).toBe(true)
    expect(evaluateGroup(doc, { match: 'all', conditions: [{ field: 'sensitivity', operator: 'in', value: 'major, negative' }] })).toBe(true)
    expect(evaluateGroup(doc, { match: 'all', conditions: [{ field: 'sensitivity', operator: 'in', value: 'major' }] })).toBe(false)
  })

  it('compares amounts as numbers at the thresholds', () => {
    const at = (amount: number, value: string, operator: 'gte' | 'lt') =>
      evaluateGroup({ amount }, { match: 'all', conditions: [{ field: 'amount', operator, value }] })
    expect(at(500000, '500000', 'gte')).toBe(true)
    expect(at(499999.99, '500000', 'gte')).toBe(false)
    expect(at(499999, '500000', 'lt')).toBe(true)
    expect(evaluateGroup({}, { match: 'all', conditions: [{ field: 'amount', operator: 'gte', value: '0' }] })).toBe(false)
  })

  it('compares relations by id and arrays by membership', () => {
    expect(evaluateGroup(doc, { match: 'all', conditions: [{ field: 'column', operator: 'equals', value: '7' }] })).toBe(true)
    expect(evaluateGroup(doc, { match: 'all', conditions: [{ field: 'tags', operator: 'equals', value: '教育' }] })).toBe(true)
  })

  it('combines with and / or', () => {
    const conditions = [
      { field: 'involvesLeaders', operator: 'equals' as const, value: 'county' },
      { field: 'amount', operator: 'gte' as const, value: '500000' },
    ]
    expect(evaluateGroup(doc, { match: 'all', conditions })).toBe(false)
    expect(evaluateGroup(doc, { match: 'any', conditions })).toBe(true)
  })
})

describe('validateGroup', () => {
  it('names an unknown field and lists the known ones', () => {
    const problems = validateGroup({ match: 'all', conditions: [{ field: 'amout', operator: 'gte', value: '1' }] }, ['amount', 'title'])
    expect(problems).toEqual(['第 1 个条件：字段“amout”不存在。可用字段：amount、title。'])
  })

  it('refuses a non-numeric threshold and a missing value', () => {
    const problems = validateGroup(
      { match: 'all', conditions: [{ field: 'amount', operator: 'gte', value: '五十万' }, { field: 'title', operator: 'equals', value: '' }] },
      ['amount', 'title'],
    )
    expect(problems[0]).toContain('需要数字')
    expect(problems[1]).toContain('请填写比较值')
  })

  it('names fields by their labels and checks the values of a select against its options', () => {
    const fields = {
      sensitivity: { label: '信息性质', options: [{ value: 'normal', label: '一般' }, { value: 'major', label: '重大事件' }, { value: 'negative', label: '负面信息' }] },
      amount: { label: '预算金额' },
    }
    expect(validateGroup({ match: 'all', conditions: [{ field: 'sensitivity', operator: 'in', value: 'major|negative' }] }, ['sensitivity', 'amount'], fields)).toEqual([])
    expect(validateGroup({ match: 'all', conditions: [{ field: 'sensitivity', operator: 'in', value: 'major|bad' }] }, ['sensitivity', 'amount'], fields)).toEqual([
      '第 1 个条件：“信息性质”没有“bad”这一项。可选：一般、重大事件、负面信息。',
    ])
    expect(validateGroup({ match: 'all', conditions: [{ field: 'amout', operator: 'gte', value: '1' }] }, ['sensitivity', 'amount'], fields)).toEqual([
      '第 1 个条件：字段“amout”不存在。可用字段：信息性质、预算金额。',
    ])
  })
})

describe('describeGroup', () => {
  it('reads like the rule', () => {
    expect(
      describeGroup(
        { match: 'all', conditions: [{ field: 'amount', operator: 'gte', value: '500000' }] },
        { amount: '金额' },
      ),
    ).toBe('金额 ≥ 500000')
  })
})
