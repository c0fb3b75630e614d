/**
 * 上网信息发布审核表 (HTML and .docx) and 发布登记簿 (JSON and .xlsx) over REST, against real
 * PostgreSQL: content, escaping, and who may read them.
 */
import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { lexical, reqFor } from './helpers/workflow'

const TITLE = '县教育局<script>alert(1)</script>校园安全检查通报'
const ESCAPED_TITLE = '县教育局&lt;script&gt;alert(1)&lt;/script&gt;校园安全检查通报'
const HEAD_OPINION = '内容属实，同意报送。'
const REVIEWER_OPINION = '同意发布。'
const REGISTER_HEADER = ['序号', '标题', '内容类型', '单位', '提交时间', '终审时间', '终审人', '紧急发布']

let ctx: TestPayload
let payload: Payload
let yaowen: number
/** Approved (published) through both stages. */
let approvedId: number
/** Submitted and signed by the unit head; still in review, so not public. */
let inReviewId: number
/** Never submitted. */
let unsubmittedId: number

const options = () => workflowOptions(payload)
const as = (email: string) => reqFor(payload, email)

async function draft(title: string) {
  const req = await as('officer@demo.gov.cn')
  const doc = await payload.create({
    collection: 'articles',
    draft: true,
    req,
    user: req.user,
    overrideAccess: false,
    data: { title, column: yaowen, body: lexical(`${title}。正文内容。`) as never, _status: 'draft' } as never,
  })
  return doc.id
}

const { get, errorOf } = restClient(() => ctx)

/** Text of a .docx: the runs of word/document.xml (XML-escaped, as Word stores it). */
async function docxText(body: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(body)
  const xml = await zip.file('word/document.xml')!.async('string')
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id

  approvedId = await draft(TITLE)
  const run = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: approvedId })
  await sign(await as('head@demo.gov.cn'), options(), {
    runId: run.id,
    decision: 'approve',
    opinion: HEAD_OPINION,
    checklist: { 准确性: true, 完整性: true, 时效性: true, 是否涉密: false },
  })
  const done = await sign(await as('reviewer@demo.gov.cn'), options(), { runId: run.id, decision: 'approve', opinion: REVIEWER_OPINION })
  expect(done.status).toBe('approved')

  inReviewId = await draft('县教育局寒假安排（审核中）')
  const pending = await submit(await as('officer@demo.gov.cn'), options(), { collection: 'articles', id: inReviewId })
  await sign(await as('head@demo.gov.cn'), options(), { runId: pending.id, decision: 'approve' })

  unsubmittedId = await draft('县教育局未送审稿件')
})

afterAll(async () => {
  await ctx?.close()
})

describe('review form (上网信息发布审核表)', () => {
  it('renders the latest run as a printable HTML page with every stage, signer and opinion', async () => {
    const response = await get(`/api/workflow/articles/${approvedId}/form`, 'officer@demo.gov.cn')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('<h1>上网信息发布审核表</h1>')
    expect(html).toContain('>打印</button>')
    expect(html).toContain('单位名称：县教育局')
    expect(html).toContain('☑网站公开')
    expect(html).toContain('☐依申请提供')
    for (const text of ['单位负责人审核', '县政府办公室审核', '陈局长', '刘审核', HEAD_OPINION, REVIEWER_OPINION, '李信息', '已终审']) {
      expect(html).toContain(text)
    }
    expect(html.match(/<tr class="stage">/g)).toHaveLength(2)
    expect(html).toContain('准确性✓')
    expect(html).toContain('是否涉密✗')
    expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
  })

  it('escapes a title containing markup', async () => {
    const html = await (await get(`/api/workflow/articles/${approvedId}/form`, 'reviewer@demo.gov.cn')).text()
    expect(html).toContain(ESCAPED_TITLE)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toMatch(/<script/i)
  })

  it('shows 待签 for stages not yet signed', async () => {
    const html = await (await get(`/api/workflow/articles/${inReviewId}/form`, 'officer@demo.gov.cn')).text()
    expect(html).toContain('审核中')
    expect(html).toMatch(/<td class="decision pending">待签<\/td>/)
  })

  it('downloads the same form as a Word document', async () => {
    const response = await get(`/api/workflow/articles/${approvedId}/form?format=docx`, 'officer@demo.gov.cn')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const disposition = response.headers.get('content-disposition')!
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!#$&+^`|-]+$/)
    const filename = decodeURIComponent(disposition.split("''")[1])
    expect(filename).toMatch(/^审核表-县教育局 script alert\(1\) script 校园安全检查通报\.docx$/)
    const text = await docxText(await response.arrayBuffer())
    for (const t of ['上网信息发布审核表', '单位负责人审核', '县政府办公室审核', '陈局长', '刘审核', HEAD_OPINION, REVIEWER_OPINION, '☑网站公开']) {
      expect(text).toContain(t)
    }
    expect(text).toContain(ESCAPED_TITLE)
  })

  it('needs a signed-in user who may read the item', async () => {
    expect((await get(`/api/workflow/articles/${approvedId}/form`)).status).toBe(401)
    const other = await get(`/api/workflow/articles/${inReviewId}/form`, 'officer.health@demo.gov.cn')
    expect(other.status).toBe(403)
    expect(await errorOf(other)).toBe('您无权查看该稿件的审核表。')
    const docx = await get(`/api/workflow/articles/${inReviewId}/form?format=docx`, 'officer.health@demo.gov.cn')
    expect(docx.status).toBe(403)
  })

  it('follows the host collection’s read rule: a published item’s form is readable by any signed-in reader', async () => {
    // articles let everyone read published items; the form adds nothing the runs API does not already show.
    expect((await get(`/api/workflow/articles/${approvedId}/form`, 'officer.health@demo.gov.cn')).status).toBe(200)
  })

  it('answers 404 for an item never submitted', async () => {
    const response = await get(`/api/workflow/articles/${unsubmittedId}/form`, 'officer@demo.gov.cn')
    expect(response.status).toBe(404)
    expect(await errorOf(response)).toBe('该稿件尚未提交审核。')
  })
})

describe('release register (发布登记簿)', () => {
  it('lists approved releases newest first, with unit, final signer and emergency flag', async () => {
    const response = await get('/api/workflow/register', 'reviewer@demo.gov.cn')
    expect(response.status).toBe(200)
    const { rows } = (await response.json()) as { rows: Record<string, string>[] }
    const row = rows.find((r) => r.title === TITLE)
    expect(row).toMatchObject({ contentType: '文章', unit: '县教育局', finalSigner: '刘审核', emergency: '否', docId: String(approvedId) })
    expect(row!.finishedAt >= row!.submittedAt).toBe(true)
    expect(rows.map((r) => r.title)).not.toContain('县教育局寒假安排（审核中）')
    const finished = rows.map((r) => r.finishedAt)
    expect(finished).toEqual([...finished].sort().reverse())
  })

  it('filters by date and collection', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const json = async (query: string) =>
      ((await (await get(`/api/workflow/register${query}`, 'leader@demo.gov.cn')).json()) as { rows: { title: string }[] }).rows
    expect((await json(`?from=${today}&collection=articles`)).map((r) => r.title)).toContain(TITLE)
    expect(await json('?to=2000-01-01')).toEqual([])
    expect(await json('?collection=it-projects')).not.toContainEqual(expect.objectContaining({ title: TITLE }))
    const bad = await get('/api/workflow/register?from=yesterday', 'reviewer@demo.gov.cn')
    expect(bad.status).toBe(400)
  })

  it('downloads as an Excel workbook', async () => {
    const response = await get('/api/workflow/register?format=xlsx', 'reviewer@demo.gov.cn')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('发布登记簿.xlsx')}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.getWorksheet('发布登记簿')!
    expect(sheet).toBeDefined()
    const header = sheet.getRow(1)
    expect((header.values as unknown[]).slice(1)).toEqual(REGISTER_HEADER)
    expect(header.getCell(1).font?.bold).toBe(true)
    const rows = sheet.getRows(2, sheet.rowCount - 1) ?? []
    const row = rows.find((r) => r.getCell(2).value === TITLE)
    expect(row).toBeDefined()
    expect(row!.getCell(4).value).toBe('县教育局')
    expect(row!.getCell(6).value).toBeInstanceOf(Date)
    expect(row!.getCell(7).value).toBe('刘审核')
    expect(row!.getCell(8).value).toBe('否')
  })

  it('is refused to the signed-out and to roles that do not keep it', async () => {
    expect((await get('/api/workflow/register')).status).toBe(401)
    const officer = await get('/api/workflow/register', 'officer@demo.gov.cn')
    expect(officer.status).toBe(403)
    expect(await errorOf(officer)).toBe('您无权查看发布登记簿。')
    expect((await get('/api/workflow/register?format=xlsx', 'officer@demo.gov.cn')).status).toBe(403)
    expect((await get('/api/workflow/register', 'auditor@demo.gov.cn')).status).toBe(200)
  })
})
