/**
 * Issue 12 §3 (media are unit-scoped; the public reads only what a published item shows) and
 * §4 (nothing reaches the public without review, files included: a file a published or
 * in-review article uses cannot be replaced, and a refused replacement is on the audit chain).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasFinalApproval, sign, submit, withdraw, workflowOptions } from '@gov/review-workflow'

import { exportPortalContent } from '../cms/src/publishing/exportPortalContent'
import { demoPhoto } from '../seed/images'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { restClient } from './helpers/rest'
import { draftArticle, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)
const rest = restClient(() => ctx)
const mediaDir = () => payload.collections.media.config.upload.staticDir!

type MediaDoc = { id: number; filename: string; alt: string; unit?: number | { id: number } | null }

async function photo(name: string, index: number) {
  const data = await demoPhoto(index)
  return { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length }
}

/** Uploaded by the user through the collection's access rules, as the admin does. */
async function upload(email: string, name: string, index = 0): Promise<MediaDoc> {
  const req = await as(email)
  return (await payload.create({
    collection: 'media',
    req,
    user: req.user,
    overrideAccess: false,
    data: { alt: `${name}示意图` },
    file: await photo(name, index),
  })) as unknown as MediaDoc
}

async function updateAs(email: string, id: number, data: Record<string, unknown>, file?: Awaited<ReturnType<typeof photo>>) {
  const req = await as(email)
  return payload.update({ collection: 'media', id, req, user: req.user, overrideAccess: false, data, ...(file ? { file } : {}) })
}

const current = (id: number) => payload.findByID({ collection: 'media', id, overrideAccess: true, depth: 0 }) as unknown as Promise<MediaDoc>
const bytes = (doc: MediaDoc) => fs.readFileSync(path.join(mediaDir(), doc.filename))

async function publishedWithCover(title: string, cover: number) {
  const doc = await draftArticle(payload, yaowen, title, { cover })
  const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
  await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
  await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
  return doc
}

async function mediaAudit(id: number) {
  const found = await payload.find({
    collection: 'audit-log',
    where: { and: [{ action: { equals: 'mediaReplace' } }, { docId: { equals: String(id) } }] },
    sort: 'createdAt',
    overrideAccess: true,
  })
  return found.docs as unknown as { outcome: string; actorName: string; detail: string }[]
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

describe('media belong to a unit', () => {
  it('takes the uploader’s unit, and only that unit’s authors change it', async () => {
    const education = (await payload.find({ collection: 'units', where: { code: { equals: '11350100MB0000005E' } }, overrideAccess: true })).docs[0].id
    const media = await upload('officer@demo.gov.cn', 'unit-photo')
    expect(typeof media.unit === 'object' ? media.unit?.id : media.unit).toBe(education)

    // Another unit's officer neither edits nor replaces it; another unit's webmaster does not delete it.
    await refusal(updateAs('officer.health@demo.gov.cn', media.id, { alt: '被改掉的替代文字' }))
    await refusal(updateAs('officer.health@demo.gov.cn', media.id, {}, await photo('intruder', 2)))
    const req = await as('webmaster@demo.gov.cn')
    await refusal(payload.delete({ collection: 'media', id: media.id, req, user: req.user, overrideAccess: false }))
    expect((await current(media.id)).alt).toBe('unit-photo示意图')

    // Its own unit does.
    await updateAs('webmaster.edu@demo.gov.cn', media.id, { alt: '县教育局活动照片' })
    expect((await current(media.id)).alt).toBe('县教育局活动照片')
  })
})

describe('who reads media', () => {
  it('lets the public list and download only media a published article shows', async () => {
    const shown = await upload('officer@demo.gov.cn', 'published-cover', 1)
    const draftOnly = await upload('officer@demo.gov.cn', 'draft-cover', 3)
    await publishedWithCover('县教育局举办校园开放日活动', shown.id)
    await draftArticle(payload, yaowen, '县教育局草稿：下周活动预告', { cover: draftOnly.id })

    const list = await rest.get('/api/media?limit=0&depth=0')
    expect(list.status).toBe(200)
    const ids = ((await list.json()).docs as MediaDoc[]).map((d) => d.id)
    expect(ids).toContain(shown.id)
    expect(ids).not.toContain(draftOnly.id)

    expect((await rest.get(`/api/media/file/${shown.filename}`)).status).toBe(200)
    expect((await rest.get(`/api/media/file/${draftOnly.filename}`)).status).toBe(403)
    expect((await rest.get(`/api/media/${draftOnly.id}`)).status).not.toBe(200)

    // Another unit's officer sees the published one only; the unit sees both.
    const otherUnit = ((await (await rest.get('/api/media?limit=0&depth=0', 'officer.health@demo.gov.cn')).json()).docs as MediaDoc[]).map((d) => d.id)
    expect(otherUnit).toContain(shown.id)
    expect(otherUnit).not.toContain(draftOnly.id)
    expect((await rest.get(`/api/media/file/${draftOnly.filename}`, 'officer.health@demo.gov.cn')).status).toBe(403)
    const ownUnit = ((await (await rest.get('/api/media?limit=0&depth=0', 'head@demo.gov.cn')).json()).docs as MediaDoc[]).map((d) => d.id)
    expect(ownUnit).toEqual(expect.arrayContaining([shown.id, draftOnly.id]))
  })

  it('lets a signer of another unit see the cover of the draft routed to them', async () => {
    const cover = await upload('officer@demo.gov.cn', 'routed-cover', 2)
    const doc = await draftArticle(payload, yaowen, '县教育局开展读书月活动', { cover: cover.id })
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect((await rest.get(`/api/media/file/${cover.filename}`, 'reviewer@demo.gov.cn')).status).toBe(403)
    await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' })
    expect((await rest.get(`/api/media/file/${cover.filename}`, 'reviewer@demo.gov.cn')).status).toBe(200)
    const draft = await rest.get(`/api/articles/${doc.id}?draft=true&depth=1`, 'reviewer@demo.gov.cn')
    expect(((await draft.json()).cover as MediaDoc).filename).toBe(cover.filename)
  })

  it('still puts published covers on the portal (the export reads as the public)', async () => {
    const cover = await upload('officer@demo.gov.cn', 'portal-cover', 0)
    const doc = await publishedWithCover('县教育局表彰优秀教师', cover.id)
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-media-export-'))
    await exportPortalContent(payload, out, { full: true })
    const exported = JSON.parse(fs.readFileSync(path.join(out, 'articles.json'), 'utf8')) as { id: string; cover: { src: string } | null }[]
    expect(exported.find((a) => a.id === String(doc.id))?.cover?.src).toBe(`/media/${cover.filename}`)
    expect(fs.readFileSync(path.join(out, 'media', cover.filename))).toEqual(bytes(cover))
  })
})

describe('reviewed files do not change', () => {
  it('refuses to replace the file or change the alt text of a published article’s cover, keeps the run approved, and audits the attempt', async () => {
    const cover = await upload('officer@demo.gov.cn', 'approved-cover', 1)
    const doc = await publishedWithCover('县教育局召开家长学校工作推进会', cover.id)
    const before = bytes(cover)

    const replaced = await refusal(updateAs('officer@demo.gov.cn', cover.id, {}, await photo('unreviewed', 3)))
    expect(replaced[0]).toContain('不能替换文件')
    expect(replaced[0]).toContain('县教育局召开家长学校工作推进会')
    expect(replaced[0]).toContain('请上传新文件')
    const alt = await refusal(updateAs('webmaster.edu@demo.gov.cn', cover.id, { alt: '未经审核的替代文字' }))
    expect(alt[0]).toContain('不能替换文件或修改替代文字')

    const after = await current(cover.id)
    expect(after.filename).toBe(cover.filename)
    expect(after.alt).toBe(cover.alt)
    expect(bytes(after)).toEqual(before)
    expect(await hasFinalApproval(await as('officer@demo.gov.cn'), options(), 'articles', doc.id)).toBe(true)

    // Another unit's officer (the attack of the finding) is refused too, and recorded.
    await refusal(updateAs('officer.health@demo.gov.cn', cover.id, {}, await photo('intruder', 0)))
    expect(bytes(await current(cover.id))).toEqual(before)

    const audit = await mediaAudit(cover.id)
    expect(audit.map((a) => [a.outcome, a.actorName])).toEqual([
      ['failure', '李信息'],
      ['failure', '赵子站'],
      ['failure', '周卫信'],
    ])
    expect(audit[0].detail).toContain('文件')
  })

  it('locks the cover of a revision in review, and frees it when the review ends', async () => {
    const cover = await upload('officer@demo.gov.cn', 'in-review-cover', 2)
    const doc = await draftArticle(payload, yaowen, '县教育局推进智慧校园建设', { cover: cover.id })
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    const refused = await refusal(updateAs('officer@demo.gov.cn', cover.id, { alt: '换一个说法' }))
    expect(refused[0]).toContain('审核中')
    await withdraw(await as('officer@demo.gov.cn'), options(), { runId: run.id })
    await updateAs('officer@demo.gov.cn', cover.id, { alt: '换一个说法' })
    expect((await current(cover.id)).alt).toBe('换一个说法')
  })

  it('refuses to delete a file a published article shows', async () => {
    const cover = await upload('webmaster.edu@demo.gov.cn', 'kept-cover', 3)
    await publishedWithCover('县教育局发布中考报名通知', cover.id)
    const req = await as('webmaster.edu@demo.gov.cn')
    const messages = await refusal(payload.delete({ collection: 'media', id: cover.id, req, user: req.user, overrideAccess: false }))
    expect(messages[0]).toContain('不能删除')
    expect((await current(cover.id)).filename).toBe(cover.filename)
  })

  it('tells those who may not delete a file nothing of the drafts that use it', async () => {
    const cover = await upload('webmaster.edu@demo.gov.cn', 'secret-use', 4)
    await draftArticle(payload, yaowen, '县教育局尚未发布的人事调整草稿', { cover: cover.id }, 'webmaster.edu@demo.gov.cn')
    const run = await payload.find({ collection: 'articles', where: { cover: { equals: cover.id } }, draft: true, overrideAccess: true })
    await submit(await as('webmaster.edu@demo.gov.cn'), options(), { collection: 'articles', id: run.docs[0].id })
    for (const email of [undefined, 'webmaster@demo.gov.cn']) {
      const req = email ? await as(email) : undefined
      const messages = await refusal(payload.delete({ collection: 'media', id: cover.id, req, user: req?.user, overrideAccess: false }))
      expect(messages.join('')).not.toContain('人事调整')
    }
    expect((await current(cover.id)).filename).toBe(cover.filename)
  })

  it('lets the unit replace a file no reviewed revision uses, on the record', async () => {
    const media = await upload('officer@demo.gov.cn', 'free-photo', 0)
    await updateAs('officer@demo.gov.cn', media.id, {}, await photo('free-photo-2', 1))
    const audit = await mediaAudit(media.id)
    expect(audit.map((a) => a.outcome)).toEqual(['success'])
  })
})
