/**
 * 网站自查 against the seeded county: as seeded it passes (no veto); with pages blanked or its
 * content moved back in time it fails the right indicators, and warns before it fails. Links
 * are crawled from a live release on disk, the portal is asked over HTTP, and the report
 * exports as .xlsx and .docx.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runInspection } from '../cms/src/inspection/runInspection'
import { demoPhoto } from '../seed/images'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let db: pg.Client
let server: http.Server
let base: string
/** The same server under another host name: a site outside the portal. */
let outside: string
const live = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-inspect-live-'))
const rest = restClient(() => ctx)
const DAY = 86_400_000

/** Every published article dated `daysAgo` days back (the newest first), as if written then. */
async function datePublished(daysAgo: number) {
  await db.query(`update articles set publish_date = now() - ($1 || ' days')::interval - (id % 3) * interval '1 hour' where _status = 'published'`, [daysAgo])
}

const run = async () => runInspection(await reqFor(payload, 'webmaster@demo.gov.cn'), '测试')
const indicators = (items: { level: string; indicator: string }[], level: string) => items.filter((i) => i.level === level).map((i) => i.indicator)

beforeAll(async () => {
  fs.mkdirSync(path.join(live, 'columns', 'yaowen'), { recursive: true })
  fs.mkdirSync(path.join(live, 'search-index'), { recursive: true })
  fs.writeFileSync(path.join(live, 'search-index', 'manifest.json'), '{"shards":[]}')
  fs.writeFileSync(path.join(live, 'columns', 'yaowen', 'index.html'), '<a href="/">首页</a>')
  server = http.createServer((req, res) => {
    if (req.url === '/outside/ok') return res.end('ok')
    if (req.url === '/outside/gone') return (res.statusCode = 404), res.end()
    const file = path.join(live, req.url === '/' ? 'index.html' : req.url!)
    res.statusCode = fs.existsSync(file) ? 200 : 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  outside = `http://localhost:${(server.address() as AddressInfo).port}`
  fs.writeFileSync(
    path.join(live, 'index.html'),
    `<a href="/columns/yaowen/">要闻</a><a href="/columns/gone/">旧栏目</a><a href="${outside}/outside/ok">外链</a><a href="${outside}/outside/gone">失效外链</a><a href="mailto:a@b.cn">信箱</a>`,
  )
  process.env.PORTAL_DIR = live
  process.env.PORTAL_URL = `${base}/`
  process.env.LINK_CHECK_PRIVATE = 'allow'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  db = new pg.Client({ connectionString: ctx.databaseUrl })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
  await ctx?.close()
  server?.close()
  fs.rmSync(live, { recursive: true, force: true })
})

describe('the self-inspection', () => {
  it('passes on the demo as seeded (no veto, no blank page), and lists the deductions it can measure', async () => {
    const report = await run()
    expect(report.items.filter((i) => i.level === 'veto')).toEqual([])
    expect(report.items.filter((i) => i.indicator === '空白栏目')).toEqual([])
    expect(report.items.filter((i) => i.indicator === '首页更新预警' || i.indicator === '留言答复预警')).toEqual([])
    const deductions = report.items.filter((i) => i.level === 'deduct')
    expect(deductions.map((d) => `${d.indicator}｜${d.detail}`)).toEqual([
      '链接不可用（站内）｜链接 /columns/gone/ 指向的页面不存在。',
      `链接不可用（外部，抽查）｜链接 ${outside}/outside/gone：对方网站返回 404。`,
      '网站标识不规范｜缺少党政机关网站标识。',
    ])
    // Vetoes first, then deductions, then warnings.
    const order = report.items.map((i) => i.level)
    expect(order).toEqual([...order].sort((a, b) => ['veto', 'deduct', 'warn'].indexOf(a) - ['veto', 'deduct', 'warn'].indexOf(b)))
  })

  it('counts a catalog page blank when its only document is not 主动公开, and vetoes five blank pages', async () => {
    const { rows } = await db.query<{ id: number; name: string }>(
      `select p.id, c.name from policies p join disclosure_categories c on c.id = p.category_id where p._status = 'published' and c.code in ('A01', 'A03', 'A04', 'B05', 'B06')`,
    )
    expect(rows.length).toBe(5)
    await db.query(`update policies set disclosure_mode = 'onRequest' where id = any($1)`, [rows.map((r) => r.id)])
    try {
      const report = await run()
      const blank = report.items.filter((i) => i.indicator === '空白栏目').map((i) => i.target)
      expect(blank.sort()).toEqual(rows.map((r) => `政府信息公开目录“${r.name}”`).sort())
      expect(report.items.find((i) => i.level === 'veto')).toMatchObject({ indicator: '栏目不更新', detail: '空白栏目（含公开目录空白页） 5 个（达到 5 个即单项否决）。' })
    } finally {
      await db.query(`update policies set disclosure_mode = 'proactive' where id = any($1)`, [rows.map((r) => r.id)])
    }
  })

  it('asks for the 党政机关 mark until both its image and its verification address are entered', async () => {
    const identity = async () => (await run()).items.filter((i) => i.indicator === '网站标识不规范').map((i) => i.detail)
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { conacMarkUrl: 'https://bszs.conac.cn/sitename?method=show&id=TEST' } })
    expect(await identity()).toEqual(['缺少党政机关网站标识图片。'])
    const image = await demoPhoto(1)
    const mark = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: '党政机关网站标识', unit: (await payload.find({ collection: 'units', limit: 1, overrideAccess: true })).docs[0].id },
      file: { data: image, mimetype: 'image/jpeg', name: 'conac-mark.jpg', size: image.length },
    })
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { conacMark: mark.id } })
    expect(await identity()).toEqual([])
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { conacMark: null, conacMarkUrl: null } })
    expect(await identity()).toEqual(['缺少党政机关网站标识。'])
  })

  it('warns the webmaster on day 11 of 14, before the home page is vetoed', async () => {
    await datePublished(11)
    const report = await run()
    expect(indicators(report.items, 'warn')).toContain('首页更新预警')
    expect(report.items.find((i) => i.indicator === '首页更新预警')!.detail).toBe('首页栏目已 11 天未更新，再过 3 天将单项否决。')
    expect(indicators(report.items, 'veto')).not.toContain('网站不更新')
    const notices = await payload.find({ collection: 'workflow-notifications', where: { link: { equals: `/admin/collections/inspection-reports/${report.id}` } }, overrideAccess: true, depth: 0 })
    const webmasters = await payload.count({ collection: 'users', where: { roles: { in: ['webmaster'] } }, overrideAccess: true })
    expect(notices.totalDocs).toBe(webmasters.totalDocs)
  })

  it('on content moved back 20 days vetoes the home page and the news columns by count', async () => {
    await datePublished(20)
    const report = await run()
    expect(indicators(report.items, 'veto')).toContain('网站不更新')
    const stale = report.items.filter((i) => i.indicator === '栏目不更新' && i.level === 'warn').map((i) => i.target)
    expect(stale).toEqual(expect.arrayContaining(['栏目“要闻动态”', '栏目“部门动态”']))
    // Notices and policies may go six months: not stale yet.
    expect(stale).not.toContain('栏目“通知公告”')
  })

  it('vetoes a message unanswered for more than three months and warns at two', async () => {
    await datePublished(1)
    const open = await payload.find({ collection: 'messages', where: { status: { equals: 'assigned' } }, limit: 2, overrideAccess: true, depth: 0 })
    expect(open.docs.length).toBe(2)
    await db.query('update messages set received_at = $1 where id = $2', [new Date(Date.now() - 95 * DAY), open.docs[0].id])
    await db.query('update messages set received_at = $1 where id = $2', [new Date(Date.now() - 65 * DAY), open.docs[1].id])
    const report = await run()
    const veto = report.items.find((i) => i.indicator === '互动回应差')!
    expect(veto.target).toContain(open.docs[0].queryCode!)
    expect(veto.detail).toContain('已 95 天未答复')
    const warn = report.items.find((i) => i.indicator === '留言答复预警' && i.target.includes(open.docs[1].queryCode!))!
    expect(warn.detail).toContain('再过 25 天将单项否决')
  })

  it('vetoes a displayed publish date later than the audited publish time', async () => {
    const article = (await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1, overrideAccess: true, depth: 0 })).docs[0]
    await db.query('update articles set publish_date = $1 where id = $2', [new Date(Date.now() + 3 * DAY), article.id])
    const report = await run()
    const forged = report.items.filter((i) => i.indicator === '严重错误（伪造发布日期）')
    expect(forged.map((f) => f.target)).toEqual([`文章《${article.title}》`])
    await datePublished(1)
  })

  it('vetoes a portal that does not answer', async () => {
    process.env.PORTAL_URL = 'http://127.0.0.1:9/'
    try {
      const report = await run()
      expect(report.items[0]).toMatchObject({ level: 'veto', indicator: '站点无法访问' })
    } finally {
      process.env.PORTAL_URL = `${base}/`
    }
  })

  it('exports the report as .xlsx and .docx, vetoes first, for the webmaster; an officer may neither run nor read it', async () => {
    const report = await run()
    const xlsx = await rest.get(`/api/inspection-reports/${report.id}/export?format=xlsx`, 'webmaster@demo.gov.cn')
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never)
    const sheet = workbook.getWorksheet('自查结果')!
    expect(String(sheet.getCell(1, 1).value)).toMatch(/网站自查报告（\d{4}年\d{1,2}月\d{1,2}日）　单项否决 \d+ 项/)
    expect(sheet.getRow(3).getCell(2).value).toBe('单项否决')
    expect(sheet.rowCount).toBe(report.items.length + 2)

    const docx = await rest.get(`/api/inspection-reports/${report.id}/export?format=docx`, 'webmaster@demo.gov.cn')
    expect(docx.status).toBe(200)
    const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string')
    expect(xml).toContain('单项否决')
    expect(xml).toContain(report.items[0].indicator)

    expect((await rest.post('/api/inspection-reports/run', {}, 'officer@demo.gov.cn')).status).toBe(403)
    expect((await rest.get(`/api/inspection-reports/${report.id}/export?format=xlsx`, 'officer@demo.gov.cn')).status).toBe(404)
    const ran = await rest.post('/api/inspection-reports/run', {}, 'webmaster@demo.gov.cn')
    expect(ran.status).toBe(200)
    expect(await ran.json()).toMatchObject({ id: expect.any(Number), vetoes: expect.any(Number) })
  })
})
