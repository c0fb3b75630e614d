/**
 * The public 互动交流 endpoints the static portal calls, against Postgres: 留言 as JSON, a plain
 * form post and multipart with pictures (checked by content); every refusal in Chinese with what
 * was typed kept and escaped; honeypot, attempt limit, daily per-address quota, duplicates (409
 * without the earlier 查询码); 查询 by code + phone tail with no personal data and one identical
 * answer for every wrong part, the per-code lock; 评价 only after the reply, within the window, once.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { addChinaWorkingDays } from '../cms/src/calendar/chinaCalendar'
import { resetInteractionAttempts } from '../cms/src/interaction/public'
import { portalOrigin } from '../cms/src/lib/webOrigins'
import { startAdminPipeline } from './helpers/adminServer'
import { interactionPoster, LOOKUP_PATH, messageForm, MESSAGES_PATH, partialPost, RATING_PATH, testImage } from './helpers/interactionForm'
import { bootPayload, type TestPayload } from './helpers/payload'

let ctx: TestPayload
let payload: Payload
let filesDir: string
let leaderId: number

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  filesDir = payload.collections['message-attachments'].config.upload.staticDir!
  const leaders = await payload.find({ collection: 'mailbox-leaders', where: { active: { equals: true } }, sort: 'order', limit: 1, overrideAccess: true })
  leaderId = leaders.docs[0].id
})

afterAll(async () => {
  await ctx?.close()
})

beforeEach(() => resetInteractionAttempts())

const { postJson, postForm, postMultipart, preflight } = interactionPoster(() => ctx, '203.0.113.40')

let serial = 0
/** A valid message; each call a different title, so none is a duplicate of another. */
const valid = (overrides: Record<string, string | boolean> = {}) => {
  serial++
  return {
    type: 'consultation',
    title: `城关镇幼儿园秋季招生时间咨询${serial}`,
    content: `请问城关镇中心幼儿园今年秋季什么时候开始报名？需要带哪些材料？（第${serial}问）`,
    name: '林晓燕',
    mobile: '138-0013 8001',
    email: 'lxy@example.com',
    publishConsent: true,
    ...overrides,
  }
}
const asForm = (data: Record<string, string | boolean>) =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== false).map(([k, v]) => [k, v === true ? 'on' : String(v)]))

const count = async () => (await payload.count({ collection: 'messages', overrideAccess: true })).totalDocs
const byCode = async (queryCode: string) => (await payload.find({ collection: 'messages', where: { queryCode: { equals: queryCode } }, overrideAccess: true, depth: 0 })).docs[0]
const byTitle = async (title: string) => (await payload.find({ collection: 'messages', where: { title: { equals: title } }, overrideAccess: true, depth: 0 })).docs
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

/** Submits a valid message as JSON (each from an address of its own: the daily quota) and returns its 查询码. */
async function submitted(overrides: Record<string, string | boolean> = {}, ip = `198.18.${serial >> 8}.${(serial & 255) + 1}`): Promise<string> {
  const response = await postJson(MESSAGES_PATH, valid(overrides), { ip })
  expect(response.status).toBe(201)
  return ((await response.json()) as { queryCode: string }).queryCode
}

describe('留言: accepted', () => {
  it('stores a JSON message as received online from the client address and answers 201 with the 查询码 only', async () => {
    const data = valid()
    const response = await postJson(MESSAGES_PATH, data, { headers: { Origin: portalOrigin() } })
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('access-control-allow-origin')).toBe(portalOrigin())
    const text = await response.text()
    const body = JSON.parse(text) as Record<string, string>
    expect(Object.keys(body).sort()).toEqual(['queryCode', 'receivedAt', 'typeName'])
    expect(body.queryCode).toMatch(/^[A-HJKMNP-Z2-9]{10}$/)
    expect(body.typeName).toBe('咨询')
    expect(text).not.toContain('林晓燕')
    expect(text).not.toContain('13800138001')
    const stored = await byCode(body.queryCode)
    expect(stored).toMatchObject({
      title: data.title,
      name: '林晓燕',
      mobile: '13800138001',
      email: 'lxy@example.com',
      publishConsent: true,
      status: 'received',
      receivedVia: 'online',
      sourceIp: '203.0.113.40',
    })
    expect(Date.parse(stored.receivedAt!)).toBeGreaterThan(Date.now() - 60_000)
    expect(stored.duplicateKey).toMatch(/^[0-9a-f]{64}$/)
  })

  it('answers a browser form post with the receipt page: the 查询码 in large type and the link to the lookup page', async () => {
    const data = valid({ publishConsent: false, email: '' })
    const response = await postForm(MESSAGES_PATH, asForm(data))
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toContain('text/html')
    const page = await response.text()
    const [stored] = await byTitle(data.title)
    expect(page).toContain(`<p class="code" aria-label="查询码 ${stored.queryCode!.split('').join(' ')}">${stored.queryCode}</p>`)
    expect(page).toContain('请抄写或截图保存查询码')
    expect(page).toMatch(/href="http:\/\/[^"]+\/hudong\/lookup\/"/)
    expect(page).not.toContain('林晓燕')
    expect(stored.publishConsent).toBe(false)
    expect(stored.email ?? null).toBeNull()
  })

  it('stores multipart pictures, checked by their content, in message-attachments linked to the message', async () => {
    const data = valid()
    const png = await testImage('png')
    const jpeg = await testImage('jpeg')
    // The declared type is wrong for the JPEG: the content decides.
    const form = messageForm(asForm(data), [
      { bytes: png, type: 'image/png', name: '现场照片.png' },
      { bytes: jpeg, type: 'application/octet-stream', name: '林晓燕的照片.jpg' },
    ])
    const response = await postMultipart(MESSAGES_PATH, form, { headers: { Accept: 'application/json' } })
    expect(response.status).toBe(201)
    const { queryCode } = (await response.json()) as { queryCode: string }
    const stored = await byCode(queryCode)
    expect(stored.attachments).toHaveLength(2)
    const files = await payload.find({ collection: 'message-attachments', where: { message: { equals: stored.id } }, overrideAccess: true, depth: 0 })
    expect(files.docs.map((f) => f.mimeType).sort()).toEqual(['image/jpeg', 'image/png'])
    for (const file of files.docs) {
      expect(file.filename).toMatch(/^message-[0-9a-f]{16}\.(png|jpg)$/)
      expect(file.filename).not.toContain('林晓燕')
      expect(fs.existsSync(path.join(filesDir, file.filename!))).toBe(true)
    }
  })

  it('stores a 领导信箱 letter with its leader; refuses one without a leader in Chinese, the form kept with both selects from the database', async () => {
    const letter = valid({ type: 'leaderMailbox', leader: String(leaderId) })
    const ok = await postJson(MESSAGES_PATH, letter)
    expect(ok.status).toBe(201)
    expect((await byTitle(letter.title))[0].leader).toBe(leaderId)

    const n = await count()
    const without = valid({ type: 'leaderMailbox' })
    const refused = await postForm(MESSAGES_PATH, asForm(without))
    expect(refused.status).toBe(400)
    const page = await refused.text()
    expect(page).toContain('写给领导的信件，请选择写信对象。')
    expect(page).toContain('<option value="leaderMailbox" selected>领导信箱</option>')
    expect(page).toContain('<option value="consultation">咨询</option>')
    expect(page).toContain(`<option value="${leaderId}">杨明（示例）（县长）</option>`)
    expect(page).toContain(`value="${without.title}"`)
    expect(await count()).toBe(n)
  })

  it('answers the CORS preflight of a JSON post for the portal only', async () => {
    for (const path of [MESSAGES_PATH, LOOKUP_PATH, RATING_PATH]) {
      const ok = await preflight(path, portalOrigin())
      expect(ok.status).toBe(204)
      expect(ok.headers.get('access-control-allow-origin')).toBe(portalOrigin())
      expect(ok.headers.get('access-control-allow-methods')).toContain('POST')
      expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
      const other = await preflight(path, 'https://evil.example')
      expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    }
  })
})

describe('through the admin server', () => {
  it('lets multipart pictures past the anonymous 1 MB body limit, refuses a declared 17 MB body unread, and records the real client address', async () => {
    const server = await startAdminPipeline(ctx)
    try {
      const png = await testImage('png')
      // A picture of about 2 MB (bytes after the image's end are ignored by readers).
      const padded = new Uint8Array(2 * 1024 * 1024)
      padded.set(png)
      const data = valid()
      const ok = await fetch(`${server.url}${MESSAGES_PATH}`, {
        method: 'POST',
        headers: { Accept: 'application/json', 'X-Forwarded-For': '192.0.2.99' },
        body: messageForm(asForm(data), [{ bytes: padded, type: 'image/png', name: 'big.png' }]),
      })
      expect(ok.status).toBe(201)
      const stored = await byCode(((await ok.json()) as { queryCode: string }).queryCode)
      expect(stored.attachments).toHaveLength(1)
      expect(stored.sourceIp).toBe('127.0.0.1')

      const declared = await partialPost(server.port, MESSAGES_PATH, 17 * 1024 * 1024, 'multipart/form-data; boundary=x')
      expect(declared.status).toBe(413)
      expect(declared.body).toContain('提交的内容过大（超过 16 MB）')
      const lookup = await fetch(`${server.url}${LOOKUP_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: 'x'.repeat(20 * 1024) }) })
      expect(lookup.status).toBe(413)
    } finally {
      await server.close()
    }
  })
})

describe('留言: refused, in Chinese, with everything typed kept', () => {
  it('gives each wrong field its own Chinese message (JSON) and stores nothing', async () => {
    const n = await count()
    const response = await postJson(MESSAGES_PATH, { type: 'nonsense', title: '标'.repeat(61), content: '太短了', name: '', mobile: '12345', email: 'not-an-email' })
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Record<string, string> }
    expect(Object.keys(errors).sort()).toEqual(['content', 'email', 'mobile', 'name', 'title', 'type'])
    for (const message of Object.values(errors)) expect(hasChinese(message)).toBe(true)
    expect(errors.title).toBe('标题不能超过60个字（现为61个字）。')
    expect(errors.mobile).toContain('11位')
    expect(await count()).toBe(n)
  })

  it('refuses a value that is not text (never stored as [object Object])', async () => {
    const response = await postJson(MESSAGES_PATH, { ...valid(), name: { first: '林' } })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: Record<string, string> }).errors.name).toBe('“姓名”应填写文字，收到的内容格式不正确，请重新填写。')
  })

  it('re-shows the form with every typed value, escaped: a <script> title comes back as text', async () => {
    const n = await count()
    const data = valid({ title: '<script>alert(1)</script>', content: '内容里有"引号"和<b>标签</b>，请核实处理。', mobile: '请打我电话', name: "O'Brien & 林" })
    const response = await postForm(MESSAGES_PATH, asForm(data))
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).not.toContain('<script>alert(1)</script>')
    expect(page).not.toContain('<b>标签</b>')
    expect(page).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(page).toContain('内容里有&quot;引号&quot;和&lt;b&gt;标签&lt;/b&gt;，请核实处理。</textarea>')
    expect(page).toContain('value="O&#39;Brien &amp; 林"')
    expect(page).toContain('value="请打我电话"')
    expect(page).toContain('value="lxy@example.com"')
    expect(page).toContain('name="publishConsent" value="on" checked')
    expect(page).toContain('手机号码应为11位数字')
    expect(await count()).toBe(n)
  })

  it('refuses a file that is not a picture by its content, whatever its declared type, and keeps the form', async () => {
    const n = await count()
    const filesBefore = fs.readdirSync(filesDir).length
    const data = valid()
    const fake = new TextEncoder().encode('%PDF-1.4 not a picture')
    const response = await postMultipart(MESSAGES_PATH, messageForm(asForm(data), [{ bytes: fake, type: 'image/jpeg', name: '<img src=x>.jpg' }]))
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('“&lt;img src=x&gt;.jpg”不是可以识别的 JPEG、PNG、WebP 或 GIF 图片')
    expect(page).toContain(`value="${data.title}"`)
    expect(page).toContain('浏览器不会保留已选择的图片')
    expect(await count()).toBe(n)
    expect(fs.readdirSync(filesDir)).toHaveLength(filesBefore)
  })

  it('refuses more than three pictures and a picture over 5 MB', async () => {
    const png = await testImage('png')
    const four = await postMultipart(MESSAGES_PATH, messageForm(asForm(valid()), [1, 2, 3, 4].map((i) => ({ bytes: png, type: 'image/png', name: `${i}.png` }))), {
      headers: { Accept: 'application/json' },
    })
    expect(four.status).toBe(400)
    expect(((await four.json()) as { errors: Record<string, string> }).errors.attachments).toBe('最多上传3张图片（您选择了4张），请删去多余的图片后重新选择。')
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(png)
    const large = await postMultipart(MESSAGES_PATH, messageForm(asForm(valid()), [{ bytes: big, type: 'image/png', name: '大图.png' }]), { headers: { Accept: 'application/json' } })
    expect(large.status).toBe(400)
    expect(((await large.json()) as { errors: Record<string, string> }).errors.attachments).toBe('图片“大图.png”超过5 MB，请压缩后重新选择。')
  })

  it('refuses a JSON body over 64 KB with a Chinese 413 before storing anything', async () => {
    const n = await count()
    const response = await postJson(MESSAGES_PATH, { ...valid(), content: '长'.repeat(30_000) })
    expect(response.status).toBe(413)
    expect(((await response.json()) as { errors: { _form: string } }).errors._form).toContain('提交的内容过大（超过 64 KB）')
    expect(await count()).toBe(n)
  })

  it('answers a bot that filled the honeypot like a success and stores nothing', async () => {
    const n = await count()
    const json = await postJson(MESSAGES_PATH, { ...valid(), website: 'http://spam.example' })
    expect(json.status).toBe(200)
    expect(await json.json()).toEqual({ received: true })
    const form = await postForm(MESSAGES_PATH, { ...asForm(valid()), website: 'http://spam.example' })
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('感谢您的留言')
    expect(await count()).toBe(n)
  })

  it('refuses the 21st attempt of a client within ten minutes with a Chinese 429, the form kept', async () => {
    for (let i = 0; i < 20; i++) expect((await postJson(MESSAGES_PATH, { title: '试' }, { ip: '198.51.100.60' })).status).toBe(400)
    const data = valid()
    const response = await postForm(MESSAGES_PATH, asForm(data), { ip: '198.51.100.60' })
    expect(response.status).toBe(429)
    const page = await response.text()
    expect(page).toContain('提交过于频繁，请十分钟后再试。')
    expect(page).toContain(`value="${data.title}"`)
    // Another client is not affected.
    expect((await postJson(MESSAGES_PATH, valid(), { ip: '198.51.100.61' })).status).toBe(201)
  })

  it('holds a client address to messagesPerIpPerDay accepted messages in 24 hours', async () => {
    await payload.updateGlobal({ slug: 'interaction-settings', data: { messagesPerIpPerDay: 2 }, overrideAccess: true })
    try {
      const ip = '198.51.100.70'
      expect((await postJson(MESSAGES_PATH, valid(), { ip })).status).toBe(201)
      expect((await postJson(MESSAGES_PATH, valid(), { ip })).status).toBe(201)
      const third = await postJson(MESSAGES_PATH, valid(), { ip })
      expect(third.status).toBe(429)
      expect(((await third.json()) as { errors: { _form: string } }).errors._form).toContain('24小时内最多在线提交2条留言')
      expect((await postJson(MESSAGES_PATH, valid(), { ip: '198.51.100.71' })).status).toBe(201)
    } finally {
      await payload.updateGlobal({ slug: 'interaction-settings', data: { messagesPerIpPerDay: 5 }, overrideAccess: true })
    }
  })

  it('refuses the same message from the same mobile within the window with 409, without the earlier 查询码', async () => {
    const data = valid({ mobile: '13700137002' })
    const first = await submitted(data, '198.51.100.80')
    // The same words, spaced differently, the mobile typed differently, from another address.
    const again = { ...data, title: ` ${data.title.replace('咨询', ' 咨询')} `, content: data.content.replace('？', '？ \n'), mobile: '137 0013 7002' }
    const n = await count()
    const json = await postJson(MESSAGES_PATH, again, { ip: '198.51.100.81' })
    expect(json.status).toBe(409)
    const text = await json.text()
    expect(text).toContain('您已提交过内容相同的留言')
    expect(text).not.toContain(first)
    const form = await postForm(MESSAGES_PATH, asForm(again), { ip: '198.51.100.82' })
    expect(form.status).toBe(409)
    const page = await form.text()
    expect(page).toContain('您已提交过内容相同的留言')
    expect(page).not.toContain(first)
    expect(page).toContain(`value="${again.title.trim()}"`)
    expect(await count()).toBe(n)
    // Another mobile may say the same.
    expect((await postJson(MESSAGES_PATH, { ...data, mobile: '13700137003' }, { ip: '198.51.100.83' })).status).toBe(201)
  })

  it('loses nothing when storing fails: 500 in Chinese with the form kept', async () => {
    const n = await count()
    const data = valid()
    const spy = vi.spyOn(payload, 'create').mockRejectedValueOnce(new Error('connection terminated'))
    try {
      const response = await postForm(MESSAGES_PATH, asForm(data))
      expect(response.status).toBe(500)
      const page = await response.text()
      expect(page).toContain('系统暂时无法保存您的留言，您填写的内容已保留')
      expect(page).toContain(`value="${data.title}"`)
      expect(page).toContain(`${data.content}</textarea>`)
    } finally {
      spy.mockRestore()
    }
    expect(await count()).toBe(n)
  })
})

const NOT_FOUND = { error: '查询码或手机号码后四位不正确。' }

describe('查询', () => {
  it('opens a message with its code and the last four digits: status and dates, no personal data', async () => {
    const code = await submitted({ mobile: '13912345678', name: '赵家明', email: 'zjm@example.com' })
    const response = await postJson(LOOKUP_PATH, { code: `${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`, phoneLast4: '5678' }, { headers: { Origin: portalOrigin() } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('access-control-allow-origin')).toBe(portalOrigin())
    const text = await response.text()
    const view = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(view).sort()).toEqual(
      ['canRate', 'dueAt', 'handledAt', 'queryCode', 'rateUntil', 'rating', 'receivedAt', 'refusalNote', 'refusalReason', 'repliedAt', 'replyText', 'status', 'statusLabel', 'title', 'typeName', 'unitName'].sort(),
    )
    expect(view).toMatchObject({ queryCode: code, typeName: '咨询', status: 'received', statusLabel: '待受理', replyText: null, canRate: false, rateUntil: null, rating: null })
    for (const personal of ['赵家明', '13912345678', '5678', 'zjm@example.com', '203.0.113', 'sourceIp', '"id"']) expect(text).not.toContain(personal)
  })

  it('answers an unknown code, a wrong tail and malformed input with the identical 404', async () => {
    const code = await submitted({ mobile: '13912340001' })
    const answers = await Promise.all(
      [
        { code: 'ABCDEFGHJK', phoneLast4: '0001' },
        { code, phoneLast4: '0002' },
        { code, phoneLast4: 'abcd' },
        { code: 'x', phoneLast4: '' },
        { code: ['x'], phoneLast4: { a: 1 } },
        {},
      ].map((body, i) => postJson(LOOKUP_PATH, body, { ip: `198.51.100.${90 + i}` })),
    )
    const seen = await Promise.all(answers.map(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() })))
    for (const answer of seen) expect(answer).toEqual({ status: 404, type: seen[0].type, body: JSON.stringify(NOT_FOUND) })
    // Posted as a form, the same.
    const form = await postForm(LOOKUP_PATH, { code, phoneLast4: '9999' }, { headers: { Accept: 'application/json' } })
    expect(form.status).toBe(404)
    expect(await form.json()).toEqual(NOT_FOUND)
  })

  it('locks a code for an hour after five wrong tails: even the right tail gets the same 404 meanwhile', async () => {
    const code = await submitted({ mobile: '13912340002' })
    for (let i = 0; i < 5; i++) {
      const wrong = await postJson(LOOKUP_PATH, { code, phoneLast4: `100${i}` })
      expect(wrong.status).toBe(404)
    }
    const stored = await byCode(code)
    expect(Date.parse(stored.lookupLockedUntil!)).toBeGreaterThan(Date.now() + 55 * 60_000)
    const right = await postJson(LOOKUP_PATH, { code, phoneLast4: '0002' }, { ip: '198.51.100.99' })
    expect(right.status).toBe(404)
    expect(await right.json()).toEqual(NOT_FOUND)
    // The rating endpoint honours the same lock.
    const rating = await postJson(RATING_PATH, { code, phoneLast4: '0002', value: 'satisfied' }, { ip: '198.51.100.99' })
    expect(rating.status).toBe(404)
    expect(await rating.json()).toEqual(NOT_FOUND)

    // The hour over, the right tail opens it and the count starts again.
    await payload.update({ collection: 'messages', id: stored.id, data: { lookupLockedUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    expect((await postJson(LOOKUP_PATH, { code, phoneLast4: '0002' })).status).toBe(200)
    expect((await byCode(code)).lookupFailures).toBe(0)
  })

  it('counts every one of many wrong tails tried at once: the lock is not raced past', async () => {
    const code = await submitted({ mobile: '13912340004' })
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => postJson(LOOKUP_PATH, { code, phoneLast4: `300${i}` }, { ip: `198.51.100.${140 + i}` })))
    for (const answer of answers) expect(answer.status).toBe(404)
    const stored = await byCode(code)
    expect(Date.parse(stored.lookupLockedUntil ?? '')).toBeGreaterThan(Date.now())
    expect((await postJson(LOOKUP_PATH, { code, phoneLast4: '0004' }, { ip: '198.51.100.160' })).status).toBe(404)
  })

  it('counts wrong tails towards the lock only on the code they were tried on, and a right one clears them', async () => {
    const code = await submitted({ mobile: '13912340003' })
    for (let i = 0; i < 4; i++) await postJson(LOOKUP_PATH, { code, phoneLast4: `200${i}` })
    expect((await byCode(code)).lookupFailures).toBe(4)
    expect((await postJson(LOOKUP_PATH, { code, phoneLast4: '0003' })).status).toBe(200)
    expect((await byCode(code)).lookupFailures).toBe(0)
    expect((await byCode(code)).lookupLockedUntil ?? null).toBeNull()
  })

  it('refuses the 21st lookup of a client within ten minutes with 429', async () => {
    for (let i = 0; i < 20; i++) expect((await postJson(LOOKUP_PATH, { code: 'ABCDEFGHJK', phoneLast4: '0000' }, { ip: '198.51.100.120' })).status).toBe(404)
    const response = await postJson(LOOKUP_PATH, { code: 'ABCDEFGHJK', phoneLast4: '0000' }, { ip: '198.51.100.120' })
    expect(response.status).toBe(429)
    expect(await response.json()).toEqual({ error: '查询过于频繁，请十分钟后再试。' })
  })

  it('answers a browser form post with an HTML page, every value escaped', async () => {
    const code = await submitted({ mobile: '13912340004', title: '<img src=x onerror=alert(1)>路灯不亮' })
    const response = await postForm(LOOKUP_PATH, { code, phoneLast4: '0004' })
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;路灯不亮')
    expect(page).not.toContain('<img src=x')
    expect(page).toContain('<dt>办理状态</dt><dd>待受理</dd>')
    const wrong = await postForm(LOOKUP_PATH, { code, phoneLast4: '0000' })
    expect(wrong.status).toBe(404)
    expect(await wrong.text()).toContain('查询码或手机号码后四位不正确。')
  })
})

describe('评价', () => {
  /** Marks a message answered as the reply's final approval does. */
  async function answer(code: string, repliedAt: Date) {
    const stored = await byCode(code)
    await payload.update({
      collection: 'messages',
      id: stored.id,
      data: { status: 'answered', repliedAt: repliedAt.toISOString(), replyText: '您好！幼儿园秋季招生于8月1日开始报名，请携带户口簿和预防接种证。' },
      overrideAccess: true,
      context: { messageReplyApproved: true },
    })
  }

  it('is refused before the reply; after it the lookup shows the reply and the window; the rating is taken once', async () => {
    const code = await submitted({ mobile: '13612340001' })
    const early = await postJson(RATING_PATH, { code, phoneLast4: '0001', value: 'satisfied' })
    expect(early.status).toBe(409)
    expect(await early.json()).toEqual({ error: '留言答复后才能评价。' })

    const repliedAt = new Date()
    await answer(code, repliedAt)
    const looked = (await (await postJson(LOOKUP_PATH, { code, phoneLast4: '0001' })).json()) as Record<string, unknown>
    expect(looked).toMatchObject({ status: 'answered', statusLabel: '已答复', canRate: true, repliedAt: repliedAt.toISOString() })
    expect(looked.replyText).toContain('秋季招生于8月1日开始报名')
    expect(looked.rateUntil).toBe(addChinaWorkingDays(repliedAt, 20).dueAt.toISOString())

    const wrongValue = await postJson(RATING_PATH, { code, phoneLast4: '0001', value: 'great' })
    expect(wrongValue.status).toBe(400)
    expect(await wrongValue.json()).toEqual({ error: '请选择评价：满意、基本满意或不满意。' })
    const longComment = await postJson(RATING_PATH, { code, phoneLast4: '0001', value: 'basic', comment: '长'.repeat(501) })
    expect(longComment.status).toBe(400)
    expect(((await longComment.json()) as { error: string }).error).toBe('评价意见不能超过500个字（现为501个字）。')

    const wrongTail = await postJson(RATING_PATH, { code, phoneLast4: '9999', value: 'basic' })
    expect(wrongTail.status).toBe(404)
    expect(await wrongTail.json()).toEqual(NOT_FOUND)

    const rated = await postJson(RATING_PATH, { code, phoneLast4: '0001', value: 'basic', comment: '答复及时，但希望附上报名地点。' })
    expect(rated.status).toBe(200)
    const view = (await rated.json()) as { rating: { value: string; label: string; comment: string }; canRate: boolean }
    expect(view.rating).toMatchObject({ value: 'basic', label: '基本满意', comment: '答复及时，但希望附上报名地点。', defaulted: false })
    expect(view.canRate).toBe(false)
    const stored = await byCode(code)
    expect(stored.rating).toMatchObject({ value: 'basic', comment: '答复及时，但希望附上报名地点。' })
    expect(Date.parse(stored.rating!.ratedAt!)).toBeGreaterThan(Date.now() - 60_000)

    const again = await postJson(RATING_PATH, { code, phoneLast4: '0001', value: 'unsatisfied' })
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({ error: '该留言已评价，每条留言只能评价一次。' })
    expect((await byCode(code)).rating?.value).toBe('basic')
  })

  it('is refused once the window of ratingWindowDays working days after the reply has passed', async () => {
    const code = await submitted({ mobile: '13612340002' })
    await answer(code, new Date(Date.now() - 60 * 86_400_000))
    const looked = (await (await postJson(LOOKUP_PATH, { code, phoneLast4: '0002' })).json()) as { canRate: boolean; rateUntil: string }
    expect(looked.canRate).toBe(false)
    expect(Date.parse(looked.rateUntil)).toBeLessThan(Date.now())
    const late = await postJson(RATING_PATH, { code, phoneLast4: '0002', value: 'unsatisfied' })
    expect(late.status).toBe(409)
    expect(((await late.json()) as { error: string }).error).toContain('评价期限已过')
    expect((await byCode(code)).rating?.value ?? null).toBeNull()
  })

  it('takes a rating from the lookup page as a plain form post', async () => {
    const code = await submitted({ mobile: '13612340003' })
    await answer(code, new Date())
    const page = await (await postForm(LOOKUP_PATH, { code, phoneLast4: '0003' })).text()
    expect(page).toContain('<input type="radio" name="value" value="satisfied" required>满意')
    const rated = await postForm(RATING_PATH, { code, phoneLast4: '0003', value: 'satisfied', comment: '' })
    expect(rated.status).toBe(200)
    expect(await rated.text()).toContain('感谢您的评价。')
    expect((await byCode(code)).rating?.value).toBe('satisfied')
  })
})
