import { describe, expect, it } from 'vitest'

import { revisionHash } from './revisionHash'

describe('revisionHash', () => {
  const doc = { id: 1, title: '标题', body: { root: { children: [{ text: '正文' }] } }, unit: 3, updatedAt: '2026-01-01' }

  it('ignores key order, system fields and relation depth', () => {
    const same = { updatedAt: '2026-11-26', unit: { id: 3, name: '县教育局', createdAt: 'x' }, body: doc.body, title: '标题', _status: 'published' }
    expect(revisionHash(same)).toBe(revisionHash(doc))
  })

  it('changes when the content changes', () => {
    expect(revisionHash({ ...doc, title: '标题（改）' })).not.toBe(revisionHash(doc))
    expect(revisionHash({ ...doc, body: { root: { children: [{ text: '正文！' }] } } })).not.toBe(revisionHash(doc))
  })

  it('covers only the reviewed fields when they are listed', () => {
    expect(revisionHash({ ...doc, unit: 9 }, ['title', 'body'])).toBe(revisionHash(doc, ['title', 'body']))
  })
})
