import { beforeAll, describe, expect, it } from 'vitest'

import { setCalendarData } from '../calendar/chinaCalendar'
import { monthRange, statsOf, UNASSIGNED } from './stats'

beforeAll(() => setCalendarData([{ year: 2026, holidays: [{ name: '国庆节、中秋节', from: '2026-10-01', to: '2026-10-07' }], workdays: ['2026-10-10'] }]))

const units = [
  { id: 5, name: '县教育局' },
  { id: 6, name: '县卫生健康委员会' },
]
// Received 2026年9月30日 10:00 China time.
const received = '2026-09-30T02:00:00.000Z'

describe('留言统计', () => {
  it('counts per unit and in total, by hand', () => {
    const { rows, total } = statsOf(
      [
        // Answered 2026年10月9日: the holiday is no working day, so 1 working day (10月8日) + 1 (10月9日) = 2.
        { unit: 5, status: 'answered', receivedAt: received, dueAt: '2026-10-20T15:59:59.000Z', repliedAt: '2026-10-09T03:00:00.000Z', rating: { value: 'satisfied' } },
        // Answered late, after 10月10日 (a Saturday made a working day): 8, 9, 10, 12, 13 → 5.
        { unit: 5, status: 'answered', receivedAt: received, dueAt: '2026-10-09T15:59:59.000Z', repliedAt: '2026-10-13T03:00:00.000Z', rating: { value: 'unsatisfied' } },
        { unit: { id: 6 }, status: 'assigned', receivedAt: received, dueAt: '2026-10-20T15:59:59.000Z' },
        { unit: null, status: 'received', receivedAt: received },
        { unit: 6, status: 'refused', receivedAt: received },
      ],
      units,
    )
    expect(rows.map((r) => r.unitName)).toEqual(['县教育局', '县卫生健康委员会', UNASSIGNED])
    expect(rows[0]).toMatchObject({ received: 2, accepted: 2, answered: 2, answeredOnTime: 1, open: 0, avgWorkingDays: 3.5, satisfied: 1, unsatisfied: 1, satisfactionRate: 50 })
    expect(rows[1]).toMatchObject({ received: 1, accepted: 1, answered: 0, open: 1, avgWorkingDays: null, satisfactionRate: null })
    // A refused message never reached a unit: it counts under 未转办.
    expect(rows[2]).toMatchObject({ received: 2, refused: 1, open: 1, accepted: 0 })
    expect(total).toMatchObject({ unitName: '合计', received: 5, accepted: 3, refused: 1, answered: 2, answeredOnTime: 1, open: 2, avgWorkingDays: 3.5, satisfactionRate: 50 })
  })

  it('takes a month in China time', () => {
    const { from, to } = monthRange('2026-10')
    expect(from.toISOString()).toBe('2026-09-30T16:00:00.000Z')
    expect(to.toISOString()).toBe('2026-10-31T16:00:00.000Z')
  })
})
