import { describe, expect, it } from 'vitest'

import { addWorkingDays } from './workingDays'

describe('addWorkingDays', () => {
  it('skips the weekend: Friday + 1 working day is Monday evening, China time', () => {
    const friday = new Date('2026-11-27T10:00:00+08:00')
    expect(addWorkingDays(friday, 1).toISOString()).toBe('2026-11-30T15:59:59.000Z')
  })

  it('uses the calendar it is given', () => {
    const holiday = (d: Date) => d.toISOString().slice(0, 10) !== '2026-11-30' && d.getUTCDay() % 6 !== 0
    const friday = new Date('2026-11-27T10:00:00+08:00')
    expect(addWorkingDays(friday, 1, holiday).toISOString().slice(0, 10)).toBe('2026-12-01')
  })
})
