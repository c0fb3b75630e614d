import { describe, expect, it } from 'vitest'

import { DEFAULT_INDEX_PATTERN, formatIndexNo, indexScope, validateIndexPattern } from './indexNo'

describe('索引号 pattern', () => {
  const values = { orgCode: '11350100MB0000002B', year: 2026, category: 'A01' }

  it('formats the default pattern with a zero-padded serial', () => {
    expect(formatIndexNo(DEFAULT_INDEX_PATTERN, values, 7)).toBe('11350100MB0000002B/2026-00007')
    expect(formatIndexNo('{orgCode}-{category}-{year}-{serial}', values, 123)).toBe('11350100MB0000002B-A01-2026-123')
  })

  it('counts per organisation and year (the scope is the pattern without the serial)', () => {
    expect(indexScope(DEFAULT_INDEX_PATTERN, values)).toBe('11350100MB0000002B/2026-#')
    expect(indexScope(DEFAULT_INDEX_PATTERN, { ...values, year: 2027 })).not.toBe(indexScope(DEFAULT_INDEX_PATTERN, values))
  })

  it('refuses patterns without exactly one serial or with unknown placeholders', () => {
    expect(validateIndexPattern(DEFAULT_INDEX_PATTERN)).toBe(true)
    expect(validateIndexPattern('{orgCode}/{year}')).toMatch(/顺序号占位符/)
    expect(validateIndexPattern('{orgCode}/{serial}-{serial:3}')).toMatch(/只包含一个/)
    expect(validateIndexPattern('{org}/{serial}')).toMatch(/\{org\}/)
  })
})
