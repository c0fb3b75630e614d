/**
 * 内容安全检测 against Postgres and the review engine: blocks stop submission, warnings need
 * the signer's reason (kept on the signature, the audit chain and the printed form), the lists
 * are the office's data (imported from text files, checked again at every signature), links
 * are checked against the live portal and, bounded, outside it.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { checkDemoArticle } from '../seed/data/contentSafety'
import { DEMO_PASSWORD } from '../seed/data/users'
import { openBrowser } from './e2e/browser'
import { bootPayload, type TestPayload } from './helpers/payload'
import { refusal } from './helpers/refusal'
import { restClient } from './helpers/rest'
import { draftArticle, lexical, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
let server: http.Server
let external: string
const live = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-live-portal-'))
const rest = restClient(() => ctx)
const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)

type Finding = { kind: string; severity: string; match: string; before: string; after: string; message: string; field: string }

async function checkOf(id: number, email = 'officer@demo.gov.cn'): Promise<Finding[]> {
  const response = await rest.get(`/api/workflow/articles/${id}/check`, email)
  expect(response.status).toBe(200)
  return ((await response.json()) as { findings: Finding[] }).findings
}

/** A draft whose body is the given paragraphs, with links as Lexical link nodes. */
async function draftWith(title: string, text: string, links: string[] = []) {
  const body = lexical(text) as { root: { children: { children: unknown[] }[] } }
  for (const url of links) {
    body.root.children[0].children.push({ type: 'link', fields: { url, linkType: 'custom' }, children: [{ type: 'text', text: url, version: 1 }], version: 3 })
  }
  return draftArticle(payload, yaowen, title, { body })
}

beforeAll(async () => {
  process.env.PORTAL_DIR = live
  process.env.PORTAL_URL = 'https://www.example-county.gov.cn/'
  process.env.LINK_CHECK_PRIVATE = 'allow'
  fs.mkdirSync(path.join(live, 'columns', 'yaowen'), { recursive: true })
  fs.writeFileSync(path.join(live, 'columns', 'yaowen', 'index.html'), '<h1>要闻</h1>')
  server = http.createServer((req, res) => {
    res.statusCode = req.url === '/ok' ? 200 : 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  external = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
})

afterAll(async () => {
  await ctx?.close()
  server?.close()
  fs.rmSync(live, { recursive: true, force: true })
})

describe('the seeded demo draft', () => {
  it('shows typos, a wrong leader order and a mobile number, each marked in its context', async () => {
    const demo = (await payload.find({ collection: 'articles', where: { title: { equals: checkDemoArticle.title } }, draft: true, overrideAccess: true })).docs[0]
    const findings = await checkOf(demo.id, 'officer.office@demo.gov.cn')
    expect(findings.map((f) => `${f.kind}:${f.match}`)).toEqual(['leader:杨明', 'typo:再接再励', 'typo:按步就班', 'phone:13912345678'])
    expect(findings.every((f) => f.severity === 'warn')).toBe(true)
    expect(findings[0].message).toMatch(/杨明（县委副书记、县长）、刘强（县委常委、常务副县长）/)
    expect(findings[1]).toMatchObject({ field: '正文', before: '会议要求，各单位要', message: '疑似错别字，应为“再接再厉”。' })
  })

  it('is read only by those who may read the draft', async () => {
    const demo = (await payload.find({ collection: 'articles', where: { title: { equals: checkDemoArticle.title } }, draft: true, overrideAccess: true })).docs[0]
    expect((await rest.get(`/api/workflow/articles/${demo.id}/check`, 'officer.health@demo.gov.cn')).status).toBe(404)
    expect((await rest.get(`/api/workflow/articles/${demo.id}/check`)).status).toBe(401)
  })
})

describe('blocks', () => {
  it('refuses to submit an item with an ID number, a card number or a 密级 mark, naming each; the draft stays as written', async () => {
    const doc = await draftWith('县民政局发放救助金', '救助对象王某，身份证号11010519491231002X，救助金打入6228480402564890018账户。本件秘密★1年。')
    const messages = await refusal(submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id }))
    expect(messages[0]).toContain('3 处必须修改的问题')
    expect(messages[0]).toContain('身份证号码 1 处')
    expect(messages[0]).toContain('银行卡号 1 处')
    expect(messages[0]).toContain('涉密标志 1 处')
    // The refusal does not repeat the numbers in full.
    expect(messages[0]).not.toContain('11010519491231002X')
    const kept = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, overrideAccess: true })
    expect(JSON.stringify(kept.body)).toContain('11010519491231002X')
    const runs = await payload.find({ collection: 'workflow-runs', where: { docId: { equals: String(doc.id) } }, overrideAccess: true })
    expect(runs.totalDocs).toBe(0)

    await payload.update({ collection: 'articles', id: doc.id, draft: true, overrideAccess: true, data: { body: lexical('救助金已按规定发放到户。') as never } })
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(run.status).toBe('in_review')
    expect(run.contentCheck?.findings).toEqual([])
  })
})

/** A PDF as an office would attach it, printed by Chromium from HTML (text, or only a picture: a scan). */
async function pdfOf(html: string): Promise<Buffer> {
  const browser = await openBrowser()
  try {
    await browser.page.setContent(`<html lang="zh-CN"><body style="font-family: 'Noto Sans CJK SC', sans-serif">${html}</body></html>`)
    return await browser.page.pdf({ format: 'A4' })
  } finally {
    await browser.close()
  }
}

/** Uploaded to the media library by the officer and placed in the body as an attachment. */
async function draftWithAttachment(title: string, pdf: Buffer) {
  const req = await as('officer@demo.gov.cn')
  const media = await payload.create({
    collection: 'media',
    req,
    user: req.user,
    overrideAccess: false,
    data: { alt: `${title}附件` } as never,
    file: { data: pdf, mimetype: 'application/pdf', name: `${title}.pdf`, size: pdf.length },
  })
  const body = lexical(`${title}。详见附件。`) as { root: { children: unknown[] } }
  body.root.children.push({ type: 'upload', version: 3, format: '', id: `u${media.id}`, fields: null, relationTo: 'media', value: media.id })
  return draftArticle(payload, yaowen, title, { body })
}

describe('attachments', () => {
  it('are read: a 密级 mark or an ID number inside an attached PDF blocks like one in the body', async () => {
    const pdf = await pdfOf('<h1>关于做好年度考核工作的通知</h1><p>机密★1年</p><p>联系人身份证号：11010519491231002X</p>')
    const doc = await draftWithAttachment('县人社局年度考核通知', pdf)
    const findings = await checkOf(doc.id)
    const blocks = findings.filter((f) => f.severity === 'block')
    expect(blocks.map((f) => f.kind).sort()).toEqual(['classified', 'idNumber'])
    expect(blocks.every((f) => f.field.startsWith('正文（附件）“县人社局年度考核通知'))).toBe(true)
    const messages = await refusal(submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id }))
    expect(messages[0]).toContain('涉密标志 1 处')
    expect(messages[0]).toContain('身份证号码 1 处')
  })

  it('with no text to read (a scanned page) are named for the signer to look at by eye', async () => {
    const scan = await pdfOf('<div style="width:600px;height:800px;background:linear-gradient(#eee,#999)"></div>')
    const doc = await draftWithAttachment('县人社局扫描件', scan)
    const findings = await checkOf(doc.id)
    expect(findings.map((f) => [f.kind, f.severity, f.match])).toEqual([['unreadableAttachment', 'warn', expect.stringMatching(/\.pdf$/)]])
    expect(findings[0].message).toContain('请人工核对')
  })
})

describe('warnings', () => {
  it('let the author submit, but a signer approves only with a reason, which the signature, the audit chain and the review form keep', async () => {
    const doc = await draftWith('县政务服务中心延长服务时间', '咨询电话：0591-87654321，我们将再接再励，做好服务。')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(run.contentCheck?.findings.map((f) => f.kind)).toEqual(['phone', 'typo'])

    const withoutReason = await refusal(sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))
    expect(withoutReason[0]).toContain('2 处提示（电话号码 1 处、易错词 1 处）')
    // Returning it needs no reason: the author fixes it.
    const reason = '电话为政务服务中心公开的咨询电话；“再接再励”属引用原话，保留。'
    const signed = await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve', checkReason: reason })
    expect(signed.signatures[0].checkNote).toBe(`内容检测提示：电话号码 1 处、易错词 1 处；处理说明：${reason}`)

    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ runId: { equals: String(run.id) } }, { action: { equals: 'approve' } }] }, overrideAccess: true })
    expect(audit.docs[0].detail).toContain(reason)
    const submitted = await payload.find({ collection: 'audit-log', where: { and: [{ runId: { equals: String(run.id) } }, { action: { equals: 'submit' } }] }, overrideAccess: true })
    expect(submitted.docs[0].detail).toBe('内容检测提示：电话号码 1 处、易错词 1 处')

    const form = await rest.get(`/api/workflow/articles/${doc.id}/form`, 'head@demo.gov.cn')
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain('处理说明：电话为政务服务中心公开的咨询电话；“再接再励”属引用原话，保留。')
  })

  it('are checked again at each signature: a word added to a list after submission needs a reason too', async () => {
    const doc = await draftWith('县城乡环境整治推进会召开', '会议强调要坚持示例新增词的做法。')
    const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: doc.id })
    expect(run.contentCheck?.findings).toEqual([])
    await payload.create({ collection: 'check-words', overrideAccess: true, data: { list: 'sensitive', word: '示例新增词' } })
    const messages = await refusal(sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'approve' }))
    expect(messages[0]).toContain('敏感词 1 处')
    const returned = await sign(await as('head@demo.gov.cn'), options(), { runId: run.id, decision: 'return', opinion: '请改写。' })
    expect(returned.status).toBe('returned')
  })

  it('find dead links: internal ones against the live portal, external ones by asking, within a bound', async () => {
    const doc = await draftWith('县政府网站栏目调整说明', '详见以下链接：', [
      '/columns/yaowen/',
      'https://www.example-county.gov.cn/columns/no-such-column/',
      `${external}/ok`,
      `${external}/gone`,
      'http://no-such-host.invalid/page',
      'mailto:office@example.gov.cn',
    ])
    const findings = await checkOf(doc.id)
    const dead = findings.filter((f) => f.kind === 'deadLink')
    expect(dead.map((f) => f.match)).toEqual([
      'https://www.example-county.gov.cn/columns/no-such-column/',
      `${external}/gone`,
      'http://no-such-host.invalid/page',
    ])
    expect(dead[0].message).toContain('门户上没有这个页面')
    expect(dead[1].message).toContain('404')
    expect(dead.every((f) => f.severity === 'warn')).toBe(true)
  })

  it('do not probe the intranet unless allowed', async () => {
    process.env.LINK_CHECK_PRIVATE = ''
    try {
      const doc = await draftWith('内网链接测试稿', '见链接。', ['http://127.0.0.1:9/admin', 'http://192.168.1.10/secret'])
      expect((await checkOf(doc.id)).filter((f) => f.kind === 'deadLink')).toEqual([])
    } finally {
      process.env.LINK_CHECK_PRIVATE = 'allow'
    }
  })
})

describe('the lists', () => {
  async function importFile(email: string | null, list: string, name: string, content: Uint8Array | string) {
    const form = new FormData()
    form.set('list', list)
    form.set('file', new File([content as BlobPart], name, { type: 'text/plain' }))
    const headers: Record<string, string> = {}
    if (email) {
      const login = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      headers.Authorization = `JWT ${login.token}`
    }
    return handleEndpoints({
      config: payload.config,
      path: '/api/check-words/import',
      request: new Request('http://localhost/api/check-words/import', { method: 'POST', headers, body: form }),
      payloadInstanceCacheKey: new URL(ctx.databaseUrl).pathname.slice(1),
    })
  }

  it('imports a text file as the webmaster, keeps what is there, reports bad lines and records one audit entry', async () => {
    const response = await importFile('webmaster@demo.gov.cn', 'typo', '易错词.txt', '# 常见错别字\n再接再励 再接再厉\n美仑美奂 美轮美奂\n声名雀起\t声名鹊起\n错\n')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ added: 2, existing: 1, errors: [{ line: 5, message: '词语至少两个字：“错”' }] })
    const pair = await payload.find({ collection: 'check-words', where: { word: { equals: '声名雀起' } }, overrideAccess: true })
    expect(pair.docs[0]).toMatchObject({ list: 'typo', correction: '声名鹊起', demo: false })
    const audit = await payload.find({ collection: 'audit-log', where: { subject: { equals: '内容检测词库' } }, sort: '-seq', limit: 1, overrideAccess: true })
    expect(audit.docs[0].detail).toBe('从文件“易错词.txt”导入易错词（错 → 正）：新增 2 条，已存在 1 条，有误 1 行')
    const doc = await draftWith('县文化馆新馆开放', '新馆美仑美奂。')
    expect((await checkOf(doc.id)).map((f) => f.match)).toEqual(['美仑美奂'])
  })

  it('reads a GBK file', async () => {
    const gbk = new Uint8Array([0xca, 0xbe, 0xc0, 0xfd, 0xb4, 0xca, 0xd3, 0xef, 0x0a]) // 示例词语
    const response = await importFile('reviewer@demo.gov.cn', 'sensitive', 'gbk.txt', gbk)
    expect(await response.json()).toMatchObject({ added: 1 })
    expect((await payload.find({ collection: 'check-words', where: { word: { equals: '示例词语' } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('are changed by the webmaster, reviewer and system administrator only, and read by staff', async () => {
    expect((await importFile('officer@demo.gov.cn', 'sensitive', 'a.txt', '某词\n')).status).toBe(403)
    expect((await importFile(null, 'sensitive', 'a.txt', '某词\n')).status).toBe(403)
    expect((await importFile('webmaster@demo.gov.cn', 'nonsense', 'a.txt', '某词\n')).status).toBe(400)
    const officer = await as('officer@demo.gov.cn')
    const created = await refusal(payload.create({ collection: 'leaders', req: officer, user: officer.user, overrideAccess: false, data: { name: '某人', title: '县长', rank: 1 } }))
    expect(created[0]).toMatch(/not allowed|不允许|无权/i)
    const read = await payload.find({ collection: 'leaders', req: officer, user: officer.user, overrideAccess: false })
    expect(read.totalDocs).toBe(6)
    const anonymous = await rest.get('/api/check-words')
    expect(anonymous.status).toBe(403)
  })
})
