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
