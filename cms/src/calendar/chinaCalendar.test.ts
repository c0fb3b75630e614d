import { beforeEach, describe, expect, it } from 'vitest'

import { addChinaWorkingDays, BUNDLED_YEARS, calendarDeadlineNote, calendarYears, isChinaWorkingDay, missingYearsWarning, setCalendarData } from './chinaCalendar'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
/** A moment in China time. */
const china = (iso: string) => new Date(`${iso}+08:00`)
const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)

beforeEach(() => setCalendarData(BUNDLED_YEARS))

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

  it('follows the data it was given: without data a holiday Monday is a working day', () => {
    setCalendarData([])
    expect(calendarYears()).toEqual([])
    expect(isChinaWorkingDay(day('2026-10-05'))).toBe(true)
    expect(isChinaWorkingDay(day('2026-10-10'))).toBe(false)
  })
})

describe('addChinaWorkingDays', () => {
  it('counts 20 working days across 春节 2026 with both 调休 Saturdays', () => {
    // From Tue 10 Feb: 11–13 Feb (3), Sat 14 Feb 调休 (4), 15–23 Feb off, 24–27 Feb (8), Sat 28 Feb 调休 (9),
    // 2–6 Mar (14), 9–13 Mar (19), Mon 16 Mar (20).
    const { dueAt, calendarMissingYears } = addChinaWorkingDays(china('2026-02-10T09:30:00'), 20)
    expect(chinaDate(dueAt)).toBe('2026-03-16T23:59:59')
    expect(calendarMissingYears).toEqual([])
  })

  it('counts 20 working days across 国庆 2026 with the make-up Saturday 10 Oct', () => {
    // From Mon 28 Sep: 29–30 Sep (2), 1–7 Oct off, 8–9 Oct (4), Sat 10 Oct 调休 (5), 12–16 Oct (10),
    // 19–23 Oct (15), 26–30 Oct (20).
    const { dueAt } = addChinaWorkingDays(china('2026-09-28T15:00:00'), 20)
    expect(chinaDate(dueAt)).toBe('2026-10-30T23:59:59')
  })

  it('extends a due date by another 20 working days from the first one', () => {
    const first = addChinaWorkingDays(china('2026-04-01T10:00:00'), 20).dueAt
    // From Wed 1 Apr: 2–3 Apr (2), 4–6 Apr 清明 off, 7–10 (6), 13–17 (11), 20–24 (16), 27–30 (20).
    expect(chinaDate(first)).toBe('2026-04-30T23:59:59')
    // 1–5 May 劳动节 off, 6–8 May (3), Sat 9 May 调休 (4), 11–15 (9), 18–22 (14), 25–29 (19), 1 Jun (20).
    expect(chinaDate(addChinaWorkingDays(first, 20).dueAt)).toBe('2026-06-01T23:59:59')
  })

  it('says when the count runs into a year without data, and counts Monday–Friday there', () => {
    // 21–25 Dec (5), 28–31 Dec (9), 2027: Fri 1 Jan (10, unknown: 元旦 not entered), 4–8 Jan (15), 11–15 Jan (20).
    const { dueAt, calendarMissingYears } = addChinaWorkingDays(china('2026-12-18T16:00:00'), 20)
    expect(chinaDate(dueAt)).toBe('2027-01-15T23:59:59')
    expect(calendarMissingYears).toEqual([2027])
    expect(missingYearsWarning(calendarMissingYears)).toMatch(/2027年节假日安排尚未录入/)
    expect(missingYearsWarning([])).toBeNull()
  })
})

describe('calendarDeadlineNote', () => {
  it('notes a stage deadline that runs into a year without data, and only then', () => {
    expect(calendarDeadlineNote(china('2026-12-30T10:00:00'), china('2027-01-04T23:59:59'))).toMatch(/^2027年节假日安排尚未录入/)
    expect(calendarDeadlineNote(china('2026-10-09T10:00:00'), china('2026-10-13T23:59:59'))).toBeNull()
    // 31 Dec 20:00 UTC is already 1 Jan in China.
    expect(calendarDeadlineNote(new Date('2026-12-31T20:00:00Z'), new Date('2027-01-02T00:00:00Z'))).toMatch(/2027年/)
  })
})
