import { describe, expect, it } from 'vitest'

import type { PortalManifest } from '@gov/portal-contract'

import { planPublish } from './planPublish'

const DIGESTS = { settings: 's', columns: 'c', units: 'u', disclosure: 'd', submissionLine: 'l', interaction: 'i' }

function manifest(revisions: [id: string, updatedAt: string, column: string | null][], digests = DIGESTS): PortalManifest {
  return {
    generatedAt: '2026-11-27T00:00:00.000Z',
    counts: { articles: revisions.length, columns: 3 },
    revisions: revisions.map(([id, updatedAt, column]) => ({ collection: 'articles', id, updatedAt, column })),
    digests,
  }
}

const many = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), 'r1', i % 2 ? 'yaowen' : 'tzgg'] as [string, string, string])

describe('planPublish', () => {
  it('builds everything the first time', () => {
    expect(planPublish(null, manifest([['1', 'a', 'yaowen']]))).toEqual({ mode: 'full', reason: '首次发布' })
  })

  it('renders a new article, its column, and nothing else', () => {
    const live = manifest(many(100))
    const next = manifest([...many(100), ['101', 'r1', 'yaowen']])
    expect(planPublish(live, next)).toEqual({ mode: 'incremental', render: ['101'], remove: [], columns: ['yaowen'], disclosure: false, submissionLine: false, interaction: false })
  })

  it('re-renders both columns when an article moves, and lists a withdrawn one for removal', () => {
    const live = manifest(many(100))
    const moved = many(100).map(([id, , column]) => (id === '2' ? ['2', 'r2', 'zcwj'] : [id, 'r1', column]) as [string, string, string])
    const next = manifest(moved.filter(([id]) => id !== '3'))
    expect(planPublish(live, next)).toEqual({ mode: 'incremental', render: ['2'], remove: ['3'], columns: ['tzgg', 'yaowen', 'zcwj'], disclosure: false, submissionLine: false, interaction: false })
  })

  it('builds everything when settings, columns or units change, or when much changed', () => {
    const live = manifest(many(100))
    expect(planPublish(live, manifest(many(100), { ...DIGESTS, settings: 's2' }))).toMatchObject({ mode: 'full', reason: '网站设置已修改' })
    expect(planPublish(live, manifest(many(100), { ...DIGESTS, columns: 'c2' }))).toMatchObject({ mode: 'full', reason: '栏目已修改' })
    const changed = many(100).map(([id, , column]) => [id, 'r2', column] as [string, string, string])
    expect(planPublish(live, manifest(changed))).toMatchObject({ mode: 'full' })
  })

  it('renders the 政府信息公开 section again, and no article, when only it changed', () => {
    const live = manifest(many(10))
    expect(planPublish(live, manifest(many(10), { ...DIGESTS, disclosure: 'd2' }))).toEqual({
      mode: 'incremental',
      render: [],
      remove: [],
      columns: [],
      disclosure: true,
      submissionLine: false,
      interaction: false,
    })
  })

  it('renders the journal and bulletin pages again, and no article, when only a public issue or bulletin changed', () => {
    const live = manifest(many(10))
    expect(planPublish(live, manifest(many(10), { ...DIGESTS, submissionLine: 'l2' }))).toEqual({
      mode: 'incremental',
      render: [],
      remove: [],
      columns: [],
      disclosure: false,
      submissionLine: true,
      interaction: false,
    })
  })

  it('renders the 互动交流 pages again, and no article, when only a published reply, a type, a leader or the figures changed', () => {
    const live = manifest(many(10))
    expect(planPublish(live, manifest(many(10), { ...DIGESTS, interaction: 'i2' }))).toEqual({
      mode: 'incremental',
      render: [],
      remove: [],
      columns: [],
      disclosure: false,
      submissionLine: false,
      interaction: true,
    })
  })

  it('renders the 互动交流 pages when a live manifest from before them has no such digest', () => {
    const live = manifest(many(10))
    const { interaction: _, ...older } = live.digests
    expect(planPublish({ ...live, digests: older as PortalManifest['digests'] }, manifest(many(10)))).toMatchObject({ mode: 'incremental', interaction: true, disclosure: false })
  })

  it('has nothing to do when nothing changed', () => {
    expect(planPublish(manifest(many(10)), manifest(many(10)))).toEqual({ mode: 'unchanged' })
  })
})
