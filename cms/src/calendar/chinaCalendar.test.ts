import { describe, expect, it } from 'vitest'

import { isChinaWorkingDay } from './chinaCalendar'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('isChinaWorkingDay', () => {
  it('knows the 2026 National Day holiday and its make-up Saturday', () => {
    expect(isChinaWorkingDay(day('2026-10-05'))).toBe(false) // Monday, in the holiday
    expect(isChinaWorkingDay(day('2026-10-10'))).toBe(true) // Saturday, 调休上班
    expect(isChinaWorkingDay(day('2026-10-08'))).toBe(true)
  })

  it('treats ordinary weekends as days off', () => {
    expect(isChinaWorkingDay(day('2026-11-28'))).toBe(false)
    expect(isChinaWorkingDay(day('2026-11-27'))).toBe(true)
  })
})
