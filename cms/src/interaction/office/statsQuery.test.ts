import { describe, expect, it } from 'vitest'

import { MAX_MONTHS, monthsBetween, parseStatsPeriod, periodLabel, statsQueryString } from './statsQuery'

// 1 December 2026, 07:00 China time.
const now = new Date('2026-11-30T23:00:00.000Z')

describe('parseStatsPeriod', () => {
  it('defaults to January of this year (China time) to this month', () => {
    const { period } = parseStatsPeriod(undefined, now)
    expect(period).toMatchObject({ fromMonth: '2026-01', toMonth: '2026-12', typeCode: null })
    expect(period!.from.toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(period!.to.toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })

  it('reads whole months, both inclusive, and the type', () => {
    const { period } = parseStatsPeriod(new URLSearchParams('from=2024-03&to=2024-04&type=complaint'), now)
    expect(period).toMatchObject({ fromMonth: '2024-03', toMonth: '2024-04', typeCode: 'complaint' })
    expect(period!.from.toISOString()).toBe('2024-02-29T16:00:00.000Z')
    expect(period!.to.toISOString()).toBe('2024-04-30T16:00:00.000Z')
  })

  it('takes the view’s search params (arrays, empty type)', () => {
    expect(parseStatsPeriod({ from: ['2025-02'], to: '2025-02', type: '' }, now).period).toMatchObject({ fromMonth: '2025-02', toMonth: '2025-02', typeCode: null })
    // Only a start: up to this month.
    expect(parseStatsPeriod({ from: '2025-06' }, now).period).toMatchObject({ fromMonth: '2025-06', toMonth: '2026-12' })
  })

  it('says in Chinese what is wrong', () => {
    expect(parseStatsPeriod({ from: '2026-13' }, now).error).toContain('参数 from')
    expect(parseStatsPeriod({ from: '2026-1' }, now).error).toContain('YYYY-MM')
    expect(parseStatsPeriod({ to: '1999-12' }, now).error).toContain('参数 to')
    expect(parseStatsPeriod({ from: '2026-05', to: '2026-03' }, now).error).toBe('起始月份不能晚于截止月份。')
    expect(parseStatsPeriod({ from: '2020-01', to: '2026-12' }, now).error).toBe(`统计期间最长${MAX_MONTHS}个月。`)
  })
})

describe('period helpers', () => {
  it('lists the months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03'])
  })

  it('labels a period and builds the shared query string', () => {
    expect(periodLabel('2026-01', '2026-03')).toBe('2026年1月至2026年3月')
    expect(periodLabel('2026-07', '2026-07')).toBe('2026年7月')
    expect(statsQueryString({ fromMonth: '2026-01', toMonth: '2026-03', typeCode: null }, { format: 'xlsx' })).toBe('from=2026-01&to=2026-03&format=xlsx')
    expect(statsQueryString({ fromMonth: '2026-01', toMonth: '2026-03', typeCode: 'consultation' })).toBe('from=2026-01&to=2026-03&type=consultation')
  })
})
