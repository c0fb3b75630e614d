import { describe, expect, it } from 'vitest'

import { statsMonths } from './exportInteraction'

describe('statsMonths', () => {
  it('is the current month and the eleven before it, newest first, in China time', () => {
    // 2027-01-01 01:00 in China is still 2026 in UTC.
    const months = statsMonths(new Date('2026-12-31T17:00:00.000Z'))
    expect(months).toHaveLength(12)
    expect(months.map((m) => m.key)).toEqual(['2027-01', '2026-12', '2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05', '2026-04', '2026-03', '2026-02'])
    expect(months[0]).toMatchObject({ label: '2027年1月', from: new Date('2026-12-31T16:00:00.000Z'), to: new Date('2027-01-31T16:00:00.000Z') })
    expect(months[11]).toMatchObject({ label: '2026年2月', from: new Date('2026-01-31T16:00:00.000Z'), to: new Date('2026-02-28T16:00:00.000Z') })
    // Back to back: each month ends where the newer one starts.
    for (let i = 1; i < months.length; i++) expect(months[i].to).toEqual(months[i - 1].from)
  })
})
