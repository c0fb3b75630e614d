import { describe, expect, it } from 'vitest'

import { changedFields } from './changedFields'

describe('changedFields', () => {
  it('names the top-level fields that differ, ignoring timestamps', () => {
    expect(changedFields({ a: 1, b: { c: 2 }, updatedAt: 'x' }, { a: 1, b: { c: 3 }, d: 'new', updatedAt: 'y' })).toEqual(['b', 'd'])
  })
  it('treats a missing and a null value alike', () => {
    expect(changedFields({ a: null }, {})).toEqual([])
    expect(changedFields(undefined, { a: 1 })).toEqual(['a'])
  })
})
