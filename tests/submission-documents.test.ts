/**
 * Documents of the submission line over REST against Postgres: a journal issue as .docx and a
 * print page (the collection's read rule decides who gets which issue), a bulletin as .docx and
 * .xlsx, and the statistics as JSON and .xlsx for the office's staff only.
 */
import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
/** The seeded 《政务快讯》 issue: signed, public. */
let publicIssue: { id: number; title?: string | null; total?: number | null }
/** A draft issue of the internal 《政务要情》. */
let internalIssue: number

const { get, errorOf } = restClient(() => ctx)

const docxText = async (response: Response) => (await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) })).value

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook
}

const EDITOR = 'editor@demo.gov.cn'

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  const issues = await payload.find({ collection: 'journal-issues', where: { title: { like: '政务快讯' } }, overrideAccess: true, depth: 0 })
  publicIssue = issues.docs[0]
  const yaoqing = await payload.find({ collection: 'journals', where: { name: { equals: '政务要情' } }, limit: 1, overrideAccess: true })
  const req = await reqFor(payload, EDITOR)
  const draft = await payload.create({
    collection: 'journal-issues',
    draft: true,
    req,
    overrideAccess: false,
    data: { journal: yaoqing.docs[0].id, issueDate: new Date().toISOString(), classification: 'internal', items: [{ heading: '内部稿件标题', text: '内部稿件正文。' }] },
  })
  internalIssue = draft.id
})

afterAll(async () => {
  await ctx?.close()
})

describe('journal issue documents', () => {
  it('gives the office editor the signed issue as .docx with the number line and an RFC 5987 file name', async () => {
    const response = await get(`/api/journal-issues/${publicIssue.id}/docx`, EDITOR)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toContain('wordprocessingml')
    const disposition = response.headers.get('Content-Disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''/)
    expect(decodeURIComponent(disposition.split("''")[1])).toBe(`${publicIssue.title}.docx`)
    const text = await docxText(response)
    expect(text).toContain(`2026年第1期（总第${publicIssue.total}期）`)
    expect(text).toContain('政务快讯')
    expect(text).toContain('编者按：课后服务是“双减”工作的重要抓手。')
    expect(text).toContain('县教育局“课后服务+”实现义务教育学校全覆盖')
    expect(text).toContain('报：市政府办公室')
    expect(text).toContain('发：县政府领导，各乡镇人民政府，县政府各部门')
    expect(text).not.toContain('未签发')
  })

  it('lets anyone print the signed public issue', async () => {
    const response = await get(`/api/journal-issues/${publicIssue.id}/print`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain('<h1 class="masthead">政务快讯</h1>')
    expect(html).toContain('印发')
    expect(html).not.toContain('<script')
    expect((await get(`/api/journal-issues/${publicIssue.id}/docx`)).status).toBe(200)
  })

  it('keeps an internal, unsigned issue from anonymous users and other units, but not from the office', async () => {
    for (const url of [`/api/journal-issues/${internalIssue}/docx`, `/api/journal-issues/${internalIssue}/print`]) {
      const anonymous = await get(url)
      expect(anonymous.status).toBe(404)
      expect(await errorOf(anonymous)).toBe('该期刊物不存在，或您无权查看。')
      expect((await get(url, 'officer@demo.gov.cn')).status).toBe(404)
    }
    const own = await get(`/api/journal-issues/${internalIssue}/docx`, EDITOR)
    expect(own.status).toBe(200)
    const text = await docxText(own)
    expect(text).toContain('内部资料')
    expect(text).toContain('（未签发）')
    expect((await get('/api/journal-issues/999999/docx', EDITOR)).status).toBe(404)
  })
})

describe('bulletin documents', () => {
  let bulletin: { id: number; title?: string | null }

  beforeAll(async () => {
    const req = await reqFor(payload, EDITOR)
    const month = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(new Date()))
    const year = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()))
    bulletin = await payload.create({ collection: 'bulletins', draft: true, req, overrideAccess: false, data: { periodType: 'month', year, period: month } })
  })

  it('gives the office the draft bulletin as .docx and .xlsx, and nobody else', async () => {
    const docx = await get(`/api/bulletins/${bulletin.id}/docx`, EDITOR)
    expect(docx.status).toBe(200)
    const text = await docxText(docx)
    expect(text).toContain(bulletin.title!)
    expect(text).toContain('未完成月度任务（月）')
    expect(text).toContain('教育局') // rankings use units' short names

    const xlsx = await get(`/api/bulletins/${bulletin.id}/xlsx`, EDITOR)
    expect(xlsx.status).toBe(200)
    const sheet = (await workbookOf(xlsx)).worksheets[0]
    expect(sheet.getCell('A1').value).toBe(bulletin.title)
    expect(sheet.getCell('A2').value).toBe('名次')

    expect((await get(`/api/bulletins/${bulletin.id}/docx`)).status).toBe(404)
    expect((await get(`/api/bulletins/${bulletin.id}/xlsx`, 'officer@demo.gov.cn')).status).toBe(404)
  })
})

describe('submission statistics', () => {
  it('answers only signed-in staff of an information office', async () => {
    expect((await get('/api/submission-stats')).status).toBe(401)
    const officer = await get('/api/submission-stats', 'officer@demo.gov.cn')
    expect(officer.status).toBe(403)
    expect(await errorOf(officer)).toBe('只有信息工作机构的人员可以查看报送统计。')
    expect((await get('/api/submission-stats/xlsx', 'officer@demo.gov.cn')).status).toBe(403)
  })

  it('counts the seeded adoption for the county office: 县教育局 scores 5 for 政务快讯 (short name 教育局)', async () => {
    const response = await get('/api/submission-stats', EDITOR)
    expect(response.status).toBe(200)
    const stats = (await response.json()) as { office: { name: string }; rows: { name: string; submitted: number; adopted: number; score: number; rank: number }[] }
    const education = stats.rows.find((r) => r.name === '教育局')! // short names
    expect(education).toMatchObject({ submitted: 1, adopted: 1, score: 5, rank: 1 })
    const county = (await (await get('/api/submission-stats?unitLevel=county', EDITOR)).json()) as typeof stats
    expect(county.rows.map((r) => r.name)).toContain('教育局')
    expect(county.rows.map((r) => r.name)).not.toContain('城关镇')
    // 城关镇 is the one township the county office serves in the demo data.
    const township = (await (await get('/api/submission-stats?unitLevel=township', EDITOR)).json()) as typeof stats
    expect(township.rows.map((r) => r.name)).toEqual(['城关镇'])
  })

  it('refuses bad parameters with 400 naming them', async () => {
    const bad = await get('/api/submission-stats?from=2026-02-30', EDITOR)
    expect(bad.status).toBe(400)
    expect(await errorOf(bad)).toContain('参数 from')
    expect(await errorOf(await get('/api/submission-stats/xlsx?unitLevel=x', EDITOR))).toContain('参数 unitLevel')
  })

  it('exports the workbook that the statistics view links to', async () => {
    const year = new Date().getUTCFullYear()
    const response = await get(`/api/submission-stats/xlsx?from=${year}-01-01&to=${year}-12-31`, EDITOR)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toContain('spreadsheetml')
    const workbook = await workbookOf(response)
    const units = workbook.getWorksheet('单位排名')!
    expect(String(units.getCell('A1').value)).toContain(`${year}年1月1日至${year}年12月31日`)
    expect(units.getCell('B2').value).toBe('单位')
    const row = units.getRows(3, units.rowCount - 2)!.find((r) => r.getCell(2).value === '教育局')!
    expect(row.getCell(7).value).toBe(5)
    expect(row.getCell(6).numFmt).toBe('0.0%')
    expect(workbook.getWorksheet('月度趋势')!.getCell('A2').value).toBe('月份')
  })
})
