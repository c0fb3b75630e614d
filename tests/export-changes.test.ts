/**
 * The content snapshot brought up to date from what changed (exportPortalContent's
 * changedSince): after an approval, an unpublish, a 下线时间 that passed without a save, or a
 * deletion, the snapshot is exactly what a full export of the same database writes — and only
 * the deletion, which leaves nothing to find, and the daily check make it list every public
 * article. A new revision takes its old body and cover out without a sweep of every file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SNAPSHOT_FILES, snapshotSchemas } from '@gov/portal-contract'
import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { exportPortalContent } from '../cms/src/publishing/exportPortalContent'
import { bootPayload, type TestPayload } from './helpers/payload'
import { approveArticle, sqlOn } from './helpers/publishing'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-export-changes-'))
const out = path.join(tmp, 'snapshot')

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))
const state = (): { exportedAt: string; fullAt: string } => readJson(path.join(out, 'export-state.json'))
const articleIds = (dir: string): string[] => readJson(path.join(dir, 'articles.json')).map((a: { id: string }) => a.id)

/** The snapshot equals a full export of the same database, made into a fresh folder. */
async function expectSameAsFullExport() {
  const reference = fs.mkdtempSync(path.join(tmp, 'full-'))
  await exportPortalContent(payload, reference, { full: true })
  expect(readJson(path.join(out, 'articles.json'))).toEqual(readJson(path.join(reference, 'articles.json')))
  expect(readJson(path.join(out, 'manifest.json')).revisions).toEqual(readJson(path.join(reference, 'manifest.json')).revisions)
  expect(fs.readdirSync(path.join(out, 'bodies')).sort()).toEqual(fs.readdirSync(path.join(reference, 'bodies')).sort())
  expect(fs.readdirSync(path.join(out, 'media')).sort()).toEqual(fs.readdirSync(path.join(reference, 'media')).sort())
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
  await exportPortalContent(payload, out)
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('the snapshot and the contract', () => {
  it('writes every file the site reads so that its schema in @gov/portal-contract accepts it', () => {
    for (const [key, schema] of Object.entries(snapshotSchemas)) {
      const file = SNAPSHOT_FILES[key as keyof typeof SNAPSHOT_FILES]
      const parsed = schema.safeParse(readJson(path.join(out, file)))
      expect(parsed.success ? null : { file, issues: parsed.error.issues.slice(0, 3) }).toBeNull()
    }
    // The seeded content fills the files, so the check is not of empty lists.
    expect(readJson(path.join(out, SNAPSHOT_FILES.articles)).length).toBeGreaterThan(0)
    expect(readJson(path.join(out, SNAPSHOT_FILES.columns)).length).toBeGreaterThan(0)
    expect(readJson(path.join(out, SNAPSHOT_FILES.categories)).length).toBeGreaterThan(0)
  })
})

describe('snapshot brought up to date from what changed', () => {
  it('takes in an approved article without listing every public article', async () => {
    const before = state()
    const id = await approveArticle(payload, yaowen, '县农业农村局部署冬春农田水利建设')
    await exportPortalContent(payload, out)
    expect(state().fullAt).toBe(before.fullAt)
    expect(state().exportedAt > before.exportedAt).toBe(true)
    expect(articleIds(out)).toContain(String(id))
    await expectSameAsFullExport()
  })

  it('a new revision of a published article replaces its body and its old cover, and nothing else', async () => {
    const [image] = (await payload.find({ collection: 'media', limit: 1, depth: 0, overrideAccess: true })).docs
    expect(image, 'the seed has an image').toBeTruthy()
    const id = await approveArticle(payload, yaowen, '县文旅局发布冬季旅游线路', { cover: image.id })
    await exportPortalContent(payload, out)
    const first = readJson(path.join(out, 'articles.json')).find((a: { id: string }) => a.id === String(id))
    expect(first.cover.src).toBe(`/media/${image.filename}`)
    expect(fs.existsSync(path.join(out, 'media', image.filename!))).toBe(true)
    const before = state()

    await payload.update({ collection: 'articles', id, draft: true, overrideAccess: true, data: { title: '县文旅局发布冬季旅游线路（更正）', cover: null } })
    const options = workflowOptions(payload)
    const run = await submit(await reqFor(payload, 'officer@demo.gov.cn'), options, { collection: 'articles', id })
    await sign(await reqFor(payload, 'head@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
    await sign(await reqFor(payload, 'reviewer@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
    await exportPortalContent(payload, out)
    expect(state().fullAt).toBe(before.fullAt)
    expect(fs.existsSync(path.join(out, 'bodies', first.bodyFile))).toBe(false)
    await expectSameAsFullExport()
  })

  it('drops an article taken back to draft', async () => {
    const [article] = (await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, sort: '-publishDate', limit: 1, overrideAccess: true })).docs
    const before = state()
    await payload.update({ collection: 'articles', id: article.id, overrideAccess: true, data: { _status: 'draft' } })
    await exportPortalContent(payload, out)
    expect(state().fullAt).toBe(before.fullAt)
    expect(articleIds(out)).not.toContain(String(article.id))
    await expectSameAsFullExport()
  })

  it('drops an article whose 下线时间 passed, before the expiry job saved it', async () => {
    const [article] = (await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, sort: 'publishDate', limit: 1, overrideAccess: true })).docs
    expect(articleIds(out)).toContain(String(article.id))
    const before = state()
    // Only the expiry, as the editor set it long ago: no save, no new updatedAt.
    await sqlOn(ctx.databaseUrl, "update articles set expires_at = now() - interval '1 minute' where id = $1", [article.id])
    await exportPortalContent(payload, out)
    expect(state().fullAt).toBe(before.fullAt)
    expect(articleIds(out)).not.toContain(String(article.id))
    await expectSameAsFullExport()
  })

  it('lists every public article when what changed does not add up (a deletion leaves nothing to find)', async () => {
    const [article] = (await payload.find({ collection: 'articles', where: { _status: { equals: 'published' }, expiresAt: { exists: false } }, limit: 1, overrideAccess: true })).docs
    const before = state()
    await sqlOn(ctx.databaseUrl, 'delete from articles where id = $1', [article.id])
    await exportPortalContent(payload, out)
    expect(state().fullAt > before.fullAt).toBe(true)
    expect(articleIds(out)).not.toContain(String(article.id))
    await expectSameAsFullExport()
  })

  it('lists every public article once the daily comparison is due', async () => {
    const before = state()
    process.env.PUBLISH_FULL_DIFF_HOURS = '0'
    try {
      await exportPortalContent(payload, out)
    } finally {
      delete process.env.PUBLISH_FULL_DIFF_HOURS
    }
    expect(state().fullAt > before.fullAt).toBe(true)
    await expectSameAsFullExport()
  })
})
