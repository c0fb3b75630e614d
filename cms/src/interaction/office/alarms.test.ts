import { describe, expect, it } from 'vitest'

import { alarmLevel, vetoDate } from './alarms'

const DAY = 86_400_000

describe('alarmLevel', () => {
  const now = new Date('2026-11-20T02:00:00.000Z')
  const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY - ms)

  it('counts calendar days: none before 30, then the highest of 30, 60 and 80 reached', () => {
    expect(alarmLevel(ago(29), now)).toBeNull()
    expect(alarmLevel(ago(30, -1), now)).toBeNull()
    expect(alarmLevel(ago(30), now)).toBe(30)
    expect(alarmLevel(ago(59), now)).toBe(30)
    expect(alarmLevel(ago(60), now)).toBe(60)
    expect(alarmLevel(ago(79), now)).toBe(60)
    expect(alarmLevel(ago(80), now)).toBe(80)
    expect(alarmLevel(ago(200), now)).toBe(80)
  })
})

describe('vetoDate', () => {
  it('is the same China day three months on, or the month’s last day', () => {
    // 20 August 10:00 China time → 20 November.
    expect(vetoDate('2026-08-20T02:00:00.000Z').toISOString()).toBe('2026-11-20T02:00:00.000Z')
    // 30 November → 28 February (no 30th).
    expect(vetoDate('2026-11-30T02:00:00.000Z').toISOString()).toBe('2027-02-28T02:00:00.000Z')
    // 1 December 06:00 China time (30 November in UTC) → 1 March 06:00 China time: the China day counts.
    expect(vetoDate('2026-11-30T22:00:00.000Z').toISOString()).toBe('2027-02-28T22:00:00.000Z')
  })
})
