import { describe, expect, it } from 'vitest'

import { formatDate, isoDay } from './format'

describe('formatDate', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(formatDate(new Date('2026-05-01T09:00:00+08:00'))).toBe('2026年5月1日')
    expect(formatDate(new Date('2026-11-26T10:00:00+08:00'))).toBe('2026年11月26日')
  })

  it('uses China time, so an evening UTC date is already the next day', () => {
    expect(formatDate(new Date('2026-04-30T17:30:00Z'))).toBe('2026年5月1日')
    expect(isoDay(new Date('2026-04-30T17:30:00Z'))).toBe('2026-05-01')
  })
})

describe('China time over the years', () => {
  it('agrees with the time-zone database on every day boundary, summer time of 1986–1991 included', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    // Every 7 hours from 1985 to 2030: instants just before and after midnight in both regimes.
    for (let t = Date.UTC(1985, 0, 1); t < Date.UTC(2030, 0, 1); t += 7 * 3600 * 1000 + 60 * 1000) {
      const date = new Date(t)
      expect(isoDay(date)).toBe(intl.format(date))
    }
  })

  it('uses the summer time China had from 1986 to 1991', () => {
    // 1990-07-31T15:30Z is 23:30 at UTC+8 but 00:30 on 1 August under the UTC+9 summer time.
    expect(formatDate(new Date('1990-07-31T15:30:00Z'))).toBe('1990年8月1日')
    expect(formatDate(new Date('2026-07-31T15:30:00Z'))).toBe('2026年7月31日')
  })
})
