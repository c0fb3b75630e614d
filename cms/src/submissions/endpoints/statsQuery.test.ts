import { describe, expect, it } from 'vitest'

import { parseStatsQuery } from './statsQuery'

const q = (query: string, now = new Date('2026-11-30T17:00:00.000Z')) => parseStatsQuery(new URLSearchParams(query), now)
const messageOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return { message: (error as Error).message, status: (error as { status?: number }).status }
  }
  throw new Error('no error')
}

describe('parseStatsQuery', () => {
  it('defaults to 1 January of this year through today, China time (to exclusive)', () => {
    // 01:00 on 1 December in China
    const { from, to, unitLevel } = q('')
    expect(from.toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(to.toISOString()).toBe('2026-12-01T16:00:00.000Z')
    expect(unitLevel).toBeNull()
  })

  it('takes inclusive days and turns `to` into the next midnight', () => {
    const { from, to, unitLevel } = q('from=2026-01-01&to=2026-11-30&unitLevel=township')
    expect(from.toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(to.toISOString()).toBe('2026-11-30T16:00:00.000Z')
    expect(unitLevel).toBe('township')
    expect(q('from=2026-12-31&to=2026-12-31').to.toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })

  it('refuses bad dates, naming the parameter, with 400', () => {
    expect(messageOf(() => q('from=2026-13-01'))).toEqual({ message: expect.stringContaining('参数 from'), status: 400 })
    expect(messageOf(() => q('to=2026-02-30')).message).toContain('参数 to')
    expect(messageOf(() => q('to=yesterday')).message).toContain('YYYY-MM-DD')
    expect(messageOf(() => q('from=2026-05-02&to=2026-05-01')).status).toBe(400)
    expect(messageOf(() => q('unitLevel=village')).message).toContain('参数 unitLevel')
  })
})
