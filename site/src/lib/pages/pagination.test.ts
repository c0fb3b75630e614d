import { describe, expect, it } from 'vitest'

import { listPage, pageCount, pageNumber, pageParam } from './pagination'

const items = Array.from({ length: 45 }, (_, i) => i + 1)

describe('list pages', () => {
  it('names page 1 by the list’s own address and later pages by number', () => {
    expect(pageParam(1)).toBeUndefined()
    expect(pageParam(3)).toBe('3')
    expect(pageNumber(undefined)).toBe(1)
    expect(pageNumber('3')).toBe(3)
    for (const param of ['1', '0', '02', 'x', '2/3', '']) expect(pageNumber(param)).toBeNull()
  })

  it('counts an empty list as one page', () => {
    expect(pageCount(0, 20)).toBe(1)
    expect(pageCount(40, 20)).toBe(2)
    expect(pageCount(41, 20)).toBe(3)
  })

  it('gives each page its items, the totals and its neighbours’ links', () => {
    const base = '/columns/yaowen'
    expect(listPage(items, { base, size: 20, number: 1 })).toEqual({
      data: items.slice(0, 20),
      currentPage: 1,
      lastPage: 3,
      total: 45,
      url: { prev: undefined, next: '/columns/yaowen/2' },
    })
    expect(listPage(items, { base, size: 20, number: 2 })?.url).toEqual({ prev: '/columns/yaowen', next: '/columns/yaowen/3' })
    expect(listPage(items, { base, size: 20, number: 3 })).toMatchObject({ data: items.slice(40), url: { prev: '/columns/yaowen/2', next: undefined } })
    expect(listPage([], { base, size: 20, number: 1 })).toMatchObject({ data: [], currentPage: 1, lastPage: 1, total: 0 })
  })

  it('has no page past the last one', () => {
    expect(listPage(items, { base: '/x', size: 20, number: 4 })).toBeNull()
    expect(listPage(items, { base: '/x', size: 20, number: null })).toBeNull()
  })
})
