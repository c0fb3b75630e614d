import { describe, expect, it } from 'vitest'

import { monthKey, monthsBetween, periodOf } from './periods'

describe('periods', () => {
  it('starts a month at midnight China time', () => {
    const p = periodOf('month', 2026, 10)
    expect(p.from.toISOString()).toBe('2026-09-30T16:00:00.000Z')
    expect(p.to.toISOString()).toBe('2026-10-31T16:00:00.000Z')
    expect(p.label).toBe('2026年10月')
  })
  it('names quarters and crosses the year end', () => {
    const q = periodOf('quarter', 2026, 4)
    expect(q.label).toBe('2026年第四季度')
    expect(q.to.toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })
  it('lists the months of a range', () => {
    const y = periodOf('year', 2026)
    expect(monthsBetween(y.from, y.to)).toHaveLength(12)
    expect(monthsBetween(periodOf('quarter', 2026, 4).from, periodOf('quarter', 2026, 4).to)).toEqual(['2026-10', '2026-11', '2026-12'])
  })
  it('keys an instant by its month in China', () => expect(monthKey('2026-10-31T17:00:00.000Z')).toBe('2026-11'))
})
