/**
 * Issue 12 §6: 撤稿 always reaches the portal. A published item that has a newer draft, once
 * unpublished, and a published item later marked 涉密 (in a draft) are both off the portal
 * after the next publish — run here through the real publishing queue.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from './helpers/payload'
import { approveArticle, bootWithLivePortal, sitemapText } from './helpers/publishing'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-withdrawal-'))
const live = path.join(tmp, 'current')
const page = (id: number | string) => path.join(live, 'articles', String(id), 'index.html')
const read = (file: string) => fs.readFileSync(path.join(live, file), 'utf8')

async function publishedArticle(title: string): Promise<number> {
  const id = await approveArticle(payload, yaowen, title)
  await payload.jobs.run({ queue: 'publish' })
  expect(fs.existsSync(page(id))).toBe(true)
  return id
}

/** A save as the officer through the access rules, as the admin makes it (`draft`: 保存草稿). */
async function saveAsOfficer(id: number, data: Record<string, unknown>, draft: boolean) {
  const officer = await reqFor(payload, 'officer@demo.gov.cn')
  await payload.update({ collection: 'articles', id, data, draft, req: officer, user: officer.user, overrideAccess: false })
}

const queuedPublishes = async () =>
  (await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'publishPortal' } }, { completedAt: { exists: false } }] } })).totalDocs

const liveStatus = async (id: number) => (await payload.findByID({ collection: 'articles', id, draft: false, overrideAccess: true, depth: 0 }))._status

beforeAll(async () => {
  ;({ ctx, payload, yaowen } = await bootWithLivePortal(live))
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('withdrawal (撤稿) reaches the portal', () => {
  it('unpublishing an item that has a newer draft queues a publish that takes its page off', async () => {
    const id = await publishedArticle('有新草稿时撤稿的稿件')
    await saveAsOfficer(id, { title: '有新草稿时撤稿的稿件（修改中）' }, true)
    expect(await queuedPublishes()).toBe(0)
    // 撤稿 in the admin: a save of the item with 状态 草稿, not as a draft.
    await saveAsOfficer(id, { _status: 'draft' }, false)
    expect(await liveStatus(id)).toBe('draft')
    expect(await queuedPublishes()).toBe(1)
    await payload.jobs.run({ queue: 'publish' })
    expect(fs.existsSync(page(id))).toBe(false)
    expect(read('columns/yaowen/index.html')).not.toContain('有新草稿时撤稿的稿件')
    expect(sitemapText(live)).not.toContain(`/articles/${id}/`)
  })

  it('a published item marked 涉密 in a draft is unpublished at once and its page is gone after the next publish', async () => {
    const id = await publishedArticle('后来被定为涉密的稿件')
    await saveAsOfficer(id, { classified: true }, true)
    expect(await liveStatus(id)).toBe('draft')
    expect(await queuedPublishes()).toBe(1)
    await payload.jobs.run({ queue: 'publish' })
    expect(fs.existsSync(page(id))).toBe(false)
    expect(read('index.html')).not.toContain('后来被定为涉密的稿件')
    expect(read('columns/yaowen/index.html')).not.toContain('后来被定为涉密的稿件')
  })

  it('a draft saved over a published item leaves it live and queues nothing', async () => {
    const id = await publishedArticle('保存新草稿不影响线上的稿件')
    await saveAsOfficer(id, { title: '尚未审核的新标题' }, true)
    expect(await liveStatus(id)).toBe('published')
    expect(await queuedPublishes()).toBe(0)
    expect(fs.readFileSync(page(id), 'utf8')).toContain('保存新草稿不影响线上的稿件')
  })

  it('撤稿 of a policy that has a newer draft takes its interpretations off too', async () => {
    const [policy] = (await payload.find({ collection: 'policies', where: { docNo: { equals: '示政规〔2026〕3号' } }, depth: 0, overrideAccess: true })).docs
    const interpretations = { and: [{ policy: { equals: policy.id } }, { _status: { equals: 'published' } }] }
    expect((await payload.count({ collection: 'interpretations', where: interpretations as never, overrideAccess: true })).totalDocs).toBe(1)
    await payload.update({ collection: 'policies', id: policy.id, data: { title: `${policy.title}（修订稿）` }, draft: true, overrideAccess: true })
    await payload.update({ collection: 'policies', id: policy.id, data: { _status: 'draft' }, overrideAccess: true })
    expect((await payload.count({ collection: 'interpretations', where: interpretations as never, overrideAccess: true })).totalDocs).toBe(0)
  })
})
