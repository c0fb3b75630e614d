import { describe, expect, it } from 'vitest'

import { type UnitNode, type UnitTree, upperOfficeOf, unitsServedBy } from './offices'

const unit = (id: number, parent: number | null, infoOffice: number | null = null, level: UnitNode['level'] = 'county'): UnitNode => ({
  id,
  name: `u${id}`,
  level,
  parent,
  infoOffice,
  order: id,
})

// province(1, office 2) → city(3, office 4) → county(5, office 6) → department 7, section 8 of the office
const tree: UnitTree = new Map(
  [
    unit(1, null, 2, 'province'),
    unit(2, 1, null, 'province'),
    unit(3, 1, 4, 'city'),
    unit(4, 3, null, 'city'),
    unit(5, 3, 6),
    unit(6, 5),
    unit(7, 5),
    unit(8, 6),
  ].map((u) => [u.id, u]),
)

describe('upperOfficeOf', () => {
  it('sends a department to its government office', () => expect(upperOfficeOf(tree, 7)).toBe(6))
  it('sends an office to the next level up, never to itself', () => {
    expect(upperOfficeOf(tree, 6)).toBe(4)
    expect(upperOfficeOf(tree, 4)).toBe(2)
  })
  it('sends a section of the office to the office', () => expect(upperOfficeOf(tree, 8)).toBe(6))
  it('stops at the top', () => expect(upperOfficeOf(tree, 2)).toBeNull())
  it('survives a cycle in bad data', () => {
    const cyclic: UnitTree = new Map([unit(1, 2), unit(2, 1)].map((u) => [u.id, u]))
    expect(upperOfficeOf(cyclic, 1)).toBeNull()
  })
})

describe('unitsServedBy', () => {
  it('lists the units an office ranks', () => {
    expect(unitsServedBy(tree, 6).map((u) => u.id)).toEqual([7, 8])
    expect(unitsServedBy(tree, 4).map((u) => u.id)).toEqual([5, 6])
  })
})
