import { describe, expect, it } from 'vitest'

import { DEFAULT_SCORING_RULES, scoreEvents, type ScoredEvent } from './scoring'

const adopted = (extra: Partial<ScoredEvent>): ScoredEvent => ({ type: 'adopted', originUnit: 7, forwarders: [], ...extra })

describe('scoreEvents with the county rule', () => {
  it('scores adoption by journal kind at county level', () => {
    const scores = scoreEvents(
      [adopted({ officeLevel: 'county', journalKind: 'yaoqing' }), adopted({ officeLevel: 'county', journalKind: 'kuaixun' })],
      DEFAULT_SCORING_RULES,
    )
    expect(scores.get(7)).toBe(15)
  })

  it('credits the originating unit and every forwarding office for adoption up the chain', () => {
    const chain = { originUnit: 7, forwarders: [6, 4] }
    const scores = scoreEvents(
      [
        { type: 'received', officeLevel: 'province', ...chain },
        { type: 'adopted', officeLevel: 'province', journalKind: 'xinxi', ...chain },
      ],
      DEFAULT_SCORING_RULES,
    )
    expect(Object.fromEntries(scores)).toEqual({ 7: 45, 6: 45, 4: 45 })
  })

  it('gives nothing for events no rule names', () => {
    const scores = scoreEvents(
      [adopted({ officeLevel: 'city', journalKind: 'xinxi' }), { type: 'returned', originUnit: 7, forwarders: [], officeLevel: 'county' }],
      DEFAULT_SCORING_RULES,
    )
    expect(scores.size).toBe(0)
  })

  it("adds 30 for a city main leader's instruction only", () => {
    const scores = scoreEvents(
      [
        { type: 'instruction', originUnit: 7, forwarders: [], leaderLevel: 'cityMain' },
        { type: 'instruction', originUnit: 7, forwarders: [], leaderLevel: 'county' },
      ],
      DEFAULT_SCORING_RULES,
    )
    expect(scores.get(7)).toBe(30)
  })

  it('respects creditTo', () => {
    const rules = [{ label: 'x', event: 'adopted' as const, points: 3, creditTo: 'forwarders' as const }]
    const scores = scoreEvents([adopted({ forwarders: [6] })], rules)
    expect(Object.fromEntries(scores)).toEqual({ 6: 3 })
  })
})
