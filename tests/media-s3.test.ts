/**
 * Issue 17: media in an S3-compatible bucket (@payloadcms/storage-s3) when S3_BUCKET is set.
 * Uploads and their image sizes go to the bucket and not to the disk; files are served through
 * Payload's access rules only (a draft's image is not public); the portal's publish downloads
 * the files it shows into the portal; deleting a media document deletes its objects. The seed's
 * files, uploaded to disk, are moved into the bucket first (`npm run media:to-s3`).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { copyMediaToBucket } from '../cms/src/collections/Media/copyMediaToBucket'
import { mediaBucketClient, s3MediaSettings, type S3MediaSettings } from '../cms/src/lib/mediaStorage'
import { publishPortal } from '../cms/src/publishing/publishPortal'
import { demoPhoto } from '../seed/images'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { startS3, type TestS3 } from './helpers/s3Server'
import { draftArticle, reqFor } from './helpers/workflow'

type SizeDoc = { filename?: string | null; mimeType?: string | null }
type MediaDoc = SizeDoc & { id: number; filename: string; url?: string; prefix?: string; sizes: Record<string, SizeDoc> }

const PREFIX = 'gov/media'

let s3: TestS3
let ctx: TestPayload
let payload: Payload
let settings: S3MediaSettings
let yaowen: number
let live: string
const rest = restClient(() => ctx)

const filesOf = (doc: MediaDoc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)].filter((f): f is string => Boolean(f))
const bucket = () => mediaBucketClient(settings)
const sha = (data: Buffer | null) => (data ? crypto.createHash('sha256').update(data.toString('base64')).digest('hex') : null)

async function objectBytes(filename: string): Promise<Buffer | null> {
  try {
    const object = await bucket().getObject({ Bucket: settings.bucket, Key: `${PREFIX}/${filename}` })
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null
    throw error
  }
}

async function upload(email: string, name: string, index: number): Promise<MediaDoc> {
  const req = await reqFor(payload, email)
  const data = await demoPhoto(index)
  return (await payload.create({
    collection: 'media',
    req,
    user: req.user,
    overrideAccess: false,
    data: { alt: `${name}示意图` },
    file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
  })) as unknown as MediaDoc
}

beforeAll(async () => {
  s3 = await startS3('gov-media', PREFIX)
  Object.assign(process.env, s3.env)
  live = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gov-media-s3-portal-')), 'current')
  process.env.PORTAL_DIR = live
  process.env.PUBLISH_BATCH_MS = '0'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  settings = s3MediaSettings()!
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
  await s3?.stop()
})

describe('media in an S3-compatible bucket', () => {
  it('moves the files already on the disk into the bucket, once', async () => {
    const first = await copyMediaToBucket(payload, settings, { fromDir: process.env.MEDIA_DIR! })
    expect(first.missing).toEqual([])
    expect(first.copied).toBeGreaterThan(0)
    const again = await copyMediaToBucket(payload, settings, { fromDir: process.env.MEDIA_DIR! })
    expect(again).toEqual({ copied: 0, present: first.copied, missing: [] })
  })

  let draftOnly: MediaDoc
  let shown: MediaDoc

  it('keeps an upload and its image sizes in the bucket, not on the disk', async () => {
    expect(payload.collections.media.config.upload.disableLocalStorage).toBe(true)
    draftOnly = await upload('officer@demo.gov.cn', 's3-draft-cover', 3)
    shown = await upload('officer@demo.gov.cn', 's3-published-cover', 1)
    expect(Object.keys(draftOnly.sizes).sort()).toEqual(['card', 'cardAvif', 'large', 'thumbnail'])
    expect(draftOnly.prefix).toBe(PREFIX)
    expect(draftOnly.url).toMatch(/^\/api\/media\/file\/s3-draft-cover[^/]*\.webp/)
    for (const file of [...filesOf(draftOnly), ...filesOf(shown)]) {
      expect((await objectBytes(file))?.length, file).toBeGreaterThan(0)
      expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, file)), file).toBe(false)
    }
  })

  it('serves the files through the collection’s access rules: a draft’s image only to those who may read the draft', async () => {
    await draftArticle(payload, yaowen, '县教育局草稿：对象存储中的图片', { cover: draftOnly.id })
    expect((await rest.get(`/api/media/file/${draftOnly.filename}`)).status).toBe(403)
    expect((await rest.get(`/api/media/file/${draftOnly.sizes.thumbnail.filename}`)).status).toBe(403)

    const own = await rest.get(`/api/media/file/${draftOnly.filename}`, 'officer@demo.gov.cn')
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/webp')
    expect(sha(Buffer.from(await own.arrayBuffer()))).toBe(sha(await objectBytes(draftOnly.filename)))
  })

  it('publishes the portal with the files from the bucket, and the public then reads the published image', async () => {
    const options = workflowOptions(payload)
    const doc = await draftArticle(payload, yaowen, '县教育局举办对象存储演练', { cover: shown.id })
    const run = await submit(await reqFor(payload, 'officer@demo.gov.cn'), options, { collection: 'articles', id: doc.id })
    await sign(await reqFor(payload, 'head@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
    await sign(await reqFor(payload, 'reviewer@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })

    const result = await publishPortal(payload, { trigger: '测试' })
    expect(result.status, result.error ?? '').toBe('succeeded')

    const html = fs.readFileSync(path.join(live, 'articles', String(doc.id), 'index.html'), 'utf8')
    const shownFiles = filesOf(shown)
    expect(shownFiles.some((file) => html.includes(`/media/${file}`))).toBe(true)
    for (const file of shownFiles) {
      expect(sha(fs.readFileSync(path.join(live, 'media', file))), file).toBe(sha(await objectBytes(file)))
    }
    // Nothing of the draft's image reached the portal.
    for (const file of filesOf(draftOnly)) expect(fs.existsSync(path.join(live, 'media', file)), file).toBe(false)

    const anonymous = await rest.get(`/api/media/file/${shown.filename}`)
    expect(anonymous.status).toBe(200)
    expect((await rest.get(`/api/media/file/${draftOnly.filename}`)).status).toBe(403)
  })

  it('deletes the objects with the media document', async () => {
    const req = await reqFor(payload, 'webmaster.edu@demo.gov.cn')
    await payload.delete({ collection: 'media', id: draftOnly.id, req, user: req.user, overrideAccess: false })
    for (const file of filesOf(draftOnly)) expect(await objectBytes(file), file).toBeNull()
    // The published image stays.
    expect(await objectBytes(shown.filename)).not.toBeNull()
  })
})
