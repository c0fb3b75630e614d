import { describe, expect, it } from 'vitest'

import { chineseDay, parseStatsFilters, presetRange, statsQuery } from './filters'

// 2026-11-27 10:00 in China.
const now = new Date('2026-11-27T02:00:00.000Z')

describe('parseStatsFilters', () => {
  it('defaults to this year up to today, all levels', () => {
    const f = parseStatsFilters({}, now)
    expect(f).toMatchObject({ preset: 'thisYear', fromDay: '2026-01-01', toDay: '2026-11-27', unitLevel: null, error: null })
    expect(f.from.toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(f.to.toISOString()).toBe('2026-11-27T16:00:00.000Z')
  })

  it('uses China time for "today" (shortly after midnight in Beijing is still the previous UTC day)', () => {
    expect(parseStatsFilters({}, new Date('2026-11-30T16:30:00.000Z')).toDay).toBe('2026-12-01')
  })

  it('reads inclusive custom days; the end is exclusive internally (midnight after the last day)', () => {
    const f = parseStatsFilters({ from: '2026-02-01', to: '2026-02-28', unitLevel: 'county' }, now)
    expect(f).toMatchObject({ preset: null, fromDay: '2026-02-01', toDay: '2026-02-28', unitLevel: 'county' })
    expect(f.from.toISOString()).toBe('2026-01-31T16:00:00.000Z')
    expect(f.to.toISOString()).toBe('2026-02-28T16:00:00.000Z')
  })

  it('lets a preset button win over the dates sent with it', () => {
    const f = parseStatsFilters({ period: 'lastMonth', from: '2020-01-01', to: '2020-01-02' }, now)
    expect(f).toMatchObject({ preset: 'lastMonth', fromDay: '2026-10-01', toDay: '2026-10-31' })
  })

  it('fills one missing end and falls back with a message on bad dates', () => {
    expect(parseStatsFilters({ from: '2026-03-01' }, now)).toMatchObject({ fromDay: '2026-03-01', toDay: '2026-11-27' })
    expect(parseStatsFilters({ to: '2025-06-30' }, now)).toMatchObject({ fromDay: '2025-01-01', toDay: '2025-06-30' })
    expect(parseStatsFilters({ from: '2026-02-30' }, now)).toMatchObject({ preset: 'thisYear', error: expect.stringContaining('日期格式') })
    expect(parseStatsFilters({ from: '2026-05-01', to: '2026-04-01' }, now)).toMatchObject({ preset: 'thisYear', error: expect.stringContaining('不能晚于') })
  })

  it('ignores an unknown unit level', () => {
    expect(parseStatsFilters({ unitLevel: 'planet' }, now).unitLevel).toBeNull()
    expect(parseStatsFilters({ unitLevel: ['township', 'county'] }, now).unitLevel).toBe('township')
  })
})

describe('presetRange', () => {
  const today = { year: 2026, month: 1, day: 15 }
  it('computes 本月, 本季度, 本年 up to today and the whole of 上月 (across a year end)', () => {
    expect(presetRange('thisMonth', today)).toEqual({ from: { year: 2026, month: 1, day: 1 }, to: today })
    expect(presetRange('thisQuarter', { year: 2026, month: 8, day: 3 }).from).toEqual({ year: 2026, month: 7, day: 1 })
    expect(presetRange('thisYear', today).from).toEqual({ year: 2026, month: 1, day: 1 })
    expect(presetRange('lastMonth', today)).toEqual({ from: { year: 2025, month: 12, day: 1 }, to: { year: 2025, month: 12, day: 31 } })
  })
})

it('formats days and the shared query string', () => {
  expect(chineseDay('2026-01-01')).toBe('2026年1月1日')
  expect(statsQuery({ fromDay: '2026-01-01', toDay: '2026-11-27', unitLevel: null })).toBe('from=2026-01-01&to=2026-11-27&unitLevel=')
})
