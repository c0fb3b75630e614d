import { describe, expect, it } from 'vitest'

import { checkComplete, checkValues, toNumber } from './checkFiling'
import { deadlineState, periodOf, rollupDueAt } from './deadline'
import { definitionProblems } from './validateDefinition'
import type { FormDefinition } from './types'

const form: Pick<FormDefinition, 'fields' | 'rules'> = {
  fields: [
    { key: 'total', label: '合计', type: 'money', required: true },
    { key: 'persons', label: '人数', type: 'integer', required: true, min: 1 },
    { key: 'staff', label: '工作人员', type: 'integer' },
    { key: 'hasData', label: '产生数据', type: 'select', options: '是\n否', required: true },
    { key: 'db', label: '数据库', column: 16, type: 'text', required: true, optionalWhenField: 'hasData', optionalWhenValue: '否' },
    { key: 'items', label: '明细', type: 'table', required: true, columns: [{ key: 'amount', label: '金额', type: 'money', required: true }] },
  ],
  rules: [
    { type: 'sum', target: 'total', items: 'items.amount' },
    { type: 'lte', target: 'staff', items: 'persons' },
  ],
}

describe('checkValues', () => {
  it('stores typed numbers as numbers (全角 digits and separators too) and drops items the form does not have', () => {
    const { data, problems } = checkValues(form, { total: '１,２００.５0', persons: '3', extra: 'x', items: [{ amount: '1200.5', stray: 1 }] })
    expect(problems).toEqual([])
    expect(data).toMatchObject({ total: 1200.5, persons: 3, items: [{ amount: 1200.5 }] })
    expect(data).not.toHaveProperty('extra')
    expect(toNumber('12a')).toBeNaN()
  })

  it('names the item, the row and the column of a wrong value', () => {
    const { problems } = checkValues(form, { total: '1.234', persons: 2.5, hasData: '也许', items: [{ amount: 'x' }] })
    expect(problems.map((p) => p.message)).toEqual([
      '“合计”最多保留两位小数。',
      '“人数”应填整数。',
      '“产生数据”只能从以下选项中选择：是、否。',
      '“明细”第1行“金额”应填数字，“x”不是数字。',
    ])
  })
})

describe('checkComplete', () => {
  const complete = { total: 300, persons: 3, staff: 1, hasData: '是', db: 'PostgreSQL', items: [{ amount: 100 }, { amount: 200 }] }

  it('accepts a complete form whose figures add up', () => {
    expect(checkComplete(form, complete)).toEqual([])
  })

  it('lets an item stay blank only under its note’s condition', () => {
    expect(checkComplete(form, { ...complete, db: '' }).map((p) => p.message)).toEqual(['请填写第16列“数据库”。'])
    expect(checkComplete(form, { ...complete, hasData: '否', db: '' })).toEqual([])
  })

  it('checks totals and upper bounds', () => {
    expect(checkComplete(form, { ...complete, total: 301, staff: 4 }).map((p) => p.message)).toEqual([
      '“合计”（301）与明细中“金额”合计（300）不一致，请核对。',
      '“工作人员”（4）不能大于“人数”（3）。',
    ])
    expect(checkComplete(form, { ...complete, items: [] }).map((p) => p.message)).toContain('“明细”至少填写一行。')
  })
})

describe('deadlines and periods', () => {
  it('puts a filing in the month or the year of its period item', () => {
    expect(periodOf({ period: 'month', periodField: 'day' }, { day: '2026-05-31' })).toBe('2026-05')
    expect(periodOf({ period: 'year', periodField: 'year' }, { year: 2026 })).toBe('2026')
    expect(periodOf({ period: 'none', periodField: 'day' }, { day: '2026-05-31' })).toBeNull()
  })

  it('dues a monthly roll-up on the given day of the next month, December included', () => {
    expect(rollupDueAt({ rollupDueDay: 10 }, '2026-05')!.toISOString()).toBe(new Date('2026-06-10T23:59:59+08:00').toISOString())
    expect(rollupDueAt({ rollupDueDay: 10 }, '2026-12')!.toISOString()).toBe(new Date('2027-01-10T23:59:59+08:00').toISOString())
  })

  it('marks filings by their first submission against the due time', () => {
    const due = '2026-05-15T15:59:59.000Z'
    expect(deadlineState(due, '2026-05-15T15:00:00Z')).toBe('onTime')
    expect(deadlineState(due, '2026-05-16T01:00:00Z')).toBe('late')
    expect(deadlineState(due, null, new Date('2026-05-20'))).toBe('overdue')
    expect(deadlineState(due, null, new Date('2026-05-10'))).toBe('open')
    expect(deadlineState(null, null)).toBe('none')
  })
})

describe('definitionProblems', () => {
  it('refuses duplicate keys, choices without options and actions missing their items', () => {
    const problems = definitionProblems({
      code: 'Bad Code',
      fields: [
        { key: 'a', label: 'A', type: 'select' },
        { key: 'a', label: 'B', type: 'text' },
      ],
      onApproval: 'createColumn',
    })
    const messages = problems.map((p) => p.message)
    expect(messages).toContain('表单代码只能包含小写字母、数字和连字符，例如 reception-report。')
    expect(messages).toContain('第 1 项“A”：单选项目至少要有一个选项。')
    expect(messages).toContain('第 2 项“B”：代码“a”重复。')
    expect(messages.some((m) => m.includes('需要本表有项目“columnSlug”'))).toBe(true)
  })
})
