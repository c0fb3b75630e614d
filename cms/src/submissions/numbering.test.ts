import { describe, expect, it } from 'vitest'

import { formatIssueNumber, yearInChina } from './numbering'

describe('issue numbers', () => {
  it('formats the yearly number with the running total', () => {
    expect(formatIssueNumber({ year: 2026, number: 12, total: 345, supplement: false })).toBe('2026年第12期（总第345期）')
  })
  it('numbers supplements on their own, without a running total', () => {
    expect(formatIssueNumber({ year: 2026, number: 1, total: null, supplement: true })).toBe('2026年增刊第1期')
  })
  it('takes the year in China time', () => {
    expect(yearInChina('2026-12-31T16:30:00.000Z')).toBe(2027)
    expect(yearInChina('2026-12-31T15:59:00.000Z')).toBe(2026)
  })
})
