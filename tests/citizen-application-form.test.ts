/**
 * Nothing a citizen submits is lost (issue 12 §9 and the public-endpoint part of §8): the
 * 依申请公开 form with its optional choices left at 请选择 is stored; wrong types are refused
 * with a Chinese message naming the field (never stored as "[object Object]"); an oversized
 * body is refused before it is read; every refusal keeps what was typed; the daily quota is
 * per client — a client cannot escape it by writing X-Forwarded-For, and one citizen's use of
 * it does not lock out another behind the same trusted proxy.
 */
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { resetAttempts } from '../cms/src/disclosure/applications/rateLimit'
import { startAdminPipeline } from './helpers/adminServer'
import { APPLICATION_PATH, applicationPoster } from './helpers/applicationForm'
import { bootPayload, type TestPayload } from './helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.close()
})

beforeEach(() => resetAttempts())

const { post, postForm, postJson } = applicationPoster(() => ctx, '203.0.113.20')

/** What the portal's form posts when only the required fields are filled in. */
const minimal = {
  applicantKind: 'natural',
  orgType: '',
  name: '陈阿婆',
  idNumber: '11010519491231002X',
  contactName: '',
  phone: '13800138000',
  email: '',
  address: '示范县城关镇东街5号',
  postcode: '',
  description: '本村2026年危房改造补助名单',
  purpose: '',
  format: '',
  channel: '',
  homepage: '',
}

const count = async () => (await payload.count({ collection: 'disclosure-applications', overrideAccess: true })).totalDocs
const byDescription = async (description: string) =>
  (await payload.find({ collection: 'disclosure-applications', where: { description: { equals: description } }, overrideAccess: true })).docs

describe('the portal form with optional fields left blank', () => {
  it('stores a form post with 载体形式 and 获取方式 left at 请选择 and answers with the receipt page', async () => {
    const description = '本村2026年危房改造补助名单（表单）'
    const response = await postForm({ ...minimal, description })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toMatch(/受理编号<\/dt><dd>依申请〔\d{4}〕\d+号/)
    const [stored] = await byDescription(description)
    expect(stored).toMatchObject({ name: '陈阿婆', phone: '13800138000', receivedVia: 'online', status: 'received' })
    expect(stored.format ?? null).toBeNull()
    expect(stored.channel ?? null).toBeNull()
    expect(stored.email ?? null).toBeNull()
  })

  it('stores the same as JSON with empty strings for the choices', async () => {
    const description = '本村2026年危房改造补助名单（JSON）'
    const response = await postJson({ ...minimal, description })
    expect(response.status).toBe(201)
    expect((await response.json()) as object).toHaveProperty('receiptNo')
    expect(await byDescription(description)).toHaveLength(1)
  })

  it('keeps everything typed when a post is refused, the blank choices included', async () => {
    const n = await count()
    const response = await postForm({ ...minimal, phone: '请打我电话', purpose: '查阅<补助>标准', description: '危房改造补助名单及标准' })
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('联系电话只能包含数字')
    expect(page).toContain('value="请打我电话"')
    expect(page).toContain('value="陈阿婆"')
    expect(page).toContain('value="11010519491231002X"')
    expect(page).toContain('value="示范县城关镇东街5号"')
    expect(page).toContain('危房改造补助名单及标准</textarea>')
    expect(page).toContain('查阅&lt;补助&gt;标准</textarea>')
    expect(page).toContain('<option value="natural" selected>')
    expect(await count()).toBe(n)
  })
})

describe('wrong types and oversized bodies', () => {
  it('refuses values that are not text with a Chinese 400 naming the field, and stores nothing', async () => {
    const n = await count()
    const response = await postJson({ ...minimal, format: 'paper', channel: 'post', name: { first: '陈' }, phone: ['13800138000'], purpose: { text: '查阅' } })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Record<string, string> }
    expect(errors).toEqual({
      name: '“姓名 / 名称”应填写文字，收到的内容格式不正确，请重新填写。',
      phone: '“联系电话”应填写文字，收到的内容格式不正确，请重新填写。',
      purpose: '“用途”应填写文字，收到的内容格式不正确，请重新填写。',
    })
    expect(await count()).toBe(n)
    expect((await payload.count({ collection: 'disclosure-applications', where: { name: { equals: '[object Object]' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses a file where text belongs (multipart) with a Chinese message', async () => {
    const form = new FormData()
    for (const [key, value] of Object.entries(minimal)) form.set(key, value)
    form.set('description', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'x.pdf')
    const response = await handleEndpoints({
      config: payload.config,
      path: APPLICATION_PATH,
      request: new Request(`http://localhost${APPLICATION_PATH}`, { method: 'POST', body: form, headers: { 'X-Forwarded-For': '203.0.113.21' } }),
      payloadInstanceCacheKey: new URL(ctx.databaseUrl).pathname.slice(1),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('“所需政府信息的描述”应填写文字')
  })

  it('answers malformed JSON in Chinese', async () => {
    const response = await post('{"name": ', 'application/json')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('无法读取申请内容')
  })

  it('stops reading a streamed 50 MB body at the limit and answers a Chinese 413', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61)
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 50) return controller.close()
        pulled++
        controller.enqueue(chunk)
      },
    })
    const n = await count()
    const response = await post(body, 'application/x-www-form-urlencoded')
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('提交的内容过大（超过 100 KB）')
    expect(pulled).toBeLessThan(5)
    expect(await count()).toBe(n)

    const declared = await handleEndpoints({
      config: payload.config,
      path: APPLICATION_PATH,
      request: new Request(`http://localhost${APPLICATION_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 * 1024) },
        body: '{}',
      }),
      payloadInstanceCacheKey: new URL(ctx.databaseUrl).pathname.slice(1),
    })
    expect(declared.status).toBe(413)
    expect(JSON.stringify(await declared.json())).toContain('提交的内容过大')
  })
})

describe('the daily quota is per client', () => {
  const setQuota = (n: number) => payload.updateGlobal({ slug: 'disclosure-settings', data: { applicationsPerIpPerDay: n }, overrideAccess: true })

  it('a client writing a new X-Forwarded-For each time is still one client', async () => {
    const server = await startAdminPipeline(ctx)
    await setQuota(2)
    try {
      const submit = (i: number) =>
        fetch(`${server.url}${APPLICATION_PATH}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.18.0.${i}` },
          body: JSON.stringify({ ...minimal, format: 'electronic', channel: 'post', description: `轮换伪造地址的第${i}件申请` }),
        })
      expect((await submit(1)).status).toBe(201)
      expect((await submit(2)).status).toBe(201)
      const third = await submit(3)
      expect(third.status).toBe(429)
      expect(JSON.stringify(await third.json())).toContain('24小时内最多在线提交2件申请')
    } finally {
      await setQuota(5)
      await server.close()
    }
  })

  it('behind the trusted proxy, one citizen using up the quota does not lock out the next', async () => {
    const server = await startAdminPipeline(ctx, { trustedProxies: '127.0.0.1' })
    await setQuota(1)
    try {
      const submit = (client: string, description: string) =>
        fetch(`${server.url}${APPLICATION_PATH}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': client },
          body: new URLSearchParams({ ...minimal, format: 'paper', channel: 'post', description }).toString(),
        })
      expect((await submit('198.51.100.31', '第一位群众的申请内容')).status).toBe(201)
      const again = await submit('198.51.100.31', '第一位群众的第二件申请')
      expect(again.status).toBe(429)
      expect(await again.text()).toContain('第一位群众的第二件申请</textarea>')
      expect((await submit('198.51.100.32', '第二位群众的申请内容')).status).toBe(201)
      const [first] = await byDescription('第一位群众的申请内容')
      expect(first.sourceIp).toBe('198.51.100.31')
    } finally {
      await setQuota(5)
      await server.close()
    }
  })
})
