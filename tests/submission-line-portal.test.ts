/**
 * 政务信息报送 on the portal: signed public journal issues (报头, 编者按, items) and published
 * bulletins (the ranking as a table) are published through the real pipeline; internal issues
 * never are; what users typed is escaped; a change there re-renders only /journals/ and
 * /bulletins/; an issue taken off the portal disappears with the next publish.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workflowOptions } from '@gov/review-workflow'

import { publishPortal } from '../cms/src/publishing/publishPortal'
import { publishThroughReview } from '../seed/workflow'
import { attr, inspect, textOf } from './helpers/builtPortal'
import { bootPayload, type TestPayload } from './helpers/payload'
import { sitemapText } from './helpers/publishing'
import { reqFor, userId } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-submission-line-'))
const live = path.join(tmp, 'current')
const read = (file: string) => fs.readFileSync(path.join(live, file), 'utf8')
const exists = (file: string) => fs.existsSync(path.join(live, file))

const SEEDED_TITLE = '《政务快讯》2026年第1期（总第121期）'
const SEEDED_ITEM = '县教育局“课后服务+”实现义务教育学校全覆盖'
const XSS_HEADING = '<script>alert("刊物")</script>县农业农村局推进高标准农田建设'
const XSS_TEXT = '<img src=x onerror=alert(1)>今年以来，全县新建高标准农田2.3万亩。'
const XSS_INTRO = '<script>alert("通报")</script><b onmouseover=alert(2)>导语</b>：现将各单位报送采用情况通报如下。'
const INTERNAL_TEXT = '内部刊物测试稿：此段文字不得出现在门户网站'
const UNMARKED_TEXT = '密级公开但未勾选网站发布的期次文字'

/** Every page and sitemap of the live portal, as one string. */
function everything() {
  return fs
    .readdirSync(live, { recursive: true })
    .map(String)
    .filter((f) => (f.endsWith('.html') || f.endsWith('.xml')) && !f.startsWith('search-index'))
    .map((f) => read(f))
    .join('\n')
}

const ids: { seeded: number; xss: number; internal: number; unmarked: number; bulletin: number } = { seeded: 0, xss: 0, internal: 0, unmarked: 0, bulletin: 0 }
let editorId = 0

async function journalId(name: string) {
  return (await payload.find({ collection: 'journals', where: { name: { equals: name } }, limit: 1, overrideAccess: true })).docs[0].id
}

/** An issue compiled by the county office's editor and signed off (黄主任, then 林副主任). */
async function signedIssue(journal: string, data: Record<string, unknown>) {
  const editor = await reqFor(payload, 'editor@demo.gov.cn')
  const issue = await payload.create({
    collection: 'journal-issues',
    draft: true,
    req: editor,
    overrideAccess: false,
    data: { journal: await journalId(journal), issueDate: '2026-11-25T04:00:00.000Z', ...data } as never,
  })
  await publishThroughReview(payload, { collection: 'journal-issues', id: issue.id, authorId: editorId, opinion: '同意印发。' })
  return issue.id
}

async function lastLog() {
  return (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
}

beforeAll(async () => {
  process.env.PORTAL_DIR = live
  process.env.PUBLISH_BATCH_MS = '0'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  editorId = await userId(payload, 'editor@demo.gov.cn')
  ids.seeded = (await payload.find({ collection: 'journal-issues', where: { title: { equals: SEEDED_TITLE } }, limit: 1, overrideAccess: true })).docs[0].id
  const first = await publishPortal(payload, { trigger: '首次发布' })
  expect(first).toMatchObject({ status: 'succeeded', mode: 'full' })
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('政务信息刊物 and 通报 on the portal', () => {
  it('shows the seeded signed public issue: masthead with the number line, office and date, 编者按 and the item text', async () => {
    const issue = await payload.findByID({ collection: 'journal-issues', id: ids.seeded, overrideAccess: true, depth: 0 })
    const item = issue.items!.find((i) => i.heading === SEEDED_ITEM)!
    expect(item).toBeDefined()
    const html = read(`journals/${ids.seeded}/index.html`)
    const page = inspect(html)
    expect(page.text('h1')).toEqual(['政务快讯 2026年第1期（总第121期）'])
    expect(page.text('h2')).toContain(SEEDED_ITEM)
    const body = page.text('article')[0]
    const office = await payload.findByID({ collection: 'units', id: issue.office as number, overrideAccess: true, depth: 0 })
    expect(body).toContain(`${office.name}编`)
    expect(body).toMatch(/编者按：课后服务是“双减”工作的重要抓手/)
    expect(body).toContain(item.text.split(/\n+/)[0].trim().slice(0, 30))
    // 报头日期 is the leader's sign-off date, written the Chinese way.
    const signed = new Date(issue.signedAt!)
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(signed)
    const [y, m, d] = day.split('-').map(Number)
    expect(body).toContain(`${y}年${m}月${d}日`)
    expect(html).toContain(`<time datetime="${day}"`)
    // Government meta tags, search and sitemap, like every content page.
    expect(html).toContain('<meta name="ColumnName" content="政务信息刊物">')
    expect(html).toContain(`<meta name="ArticleTitle" content="${SEEDED_TITLE}">`)
    expect(html).toContain(`<meta name="PubDate" content="${day}">`)
    expect(html).toMatch(/<article[^>]*data-pagefind-body/)
    expect(sitemapText(live)).toContain(`/journals/${ids.seeded}/`)
    // Listed on /journals/, on the journal's own list, linked from the home page and the site map.
    expect(read('journals/index.html')).toContain(`href="/journals/${ids.seeded}/"`)
    expect(read(`journals/list/${issue.journal as number}/index.html`)).toContain(SEEDED_TITLE)
    expect(read('index.html')).toContain('href="/journals/"')
    expect(read('sitemap/index.html')).toContain('href="/bulletins/"')
  })

  it('writes only what the printed issue shows into the snapshot: no sources, signer, distribution or review state', () => {
    const snapshot = fs.readFileSync(path.join(`${live}.work`, 'content', 'submission-line.json'), 'utf8')
    expect(snapshot).toContain(SEEDED_ITEM)
    for (const key of ['"sources"', '"signer"', '"distribution"', '"copies"', '"editorName"', '"mode"', '"reviewStatus"', '"classification"']) {
      expect(snapshot, key).not.toContain(key)
    }
  })

  it('publishes new issues and a bulletin incrementally: only /journals/ and /bulletins/ pages with the home and site map; internal issues nowhere', async () => {
    const article = fs.readdirSync(path.join(live, 'articles'))[0]
    const articleBefore = fs.statSync(path.join(live, 'articles', article, 'index.html')).mtimeMs
    const policy = fs.readdirSync(path.join(live, 'policies'))[0]
    const policyBefore = fs.statSync(path.join(live, 'policies', policy, 'index.html')).mtimeMs

    ids.xss = await signedIssue('政务快讯', {
      classification: 'public',
      public: true,
      editorNote: '<script>alert("编者按")</script>供各地学习借鉴。',
      items: [{ heading: XSS_HEADING, text: `${XSS_TEXT}\n第二段：项目区亩均增产一成。`, sourceUnit: '县农业农村局', mode: 'full' }],
    })
    ids.internal = await signedIssue('政务要情', { classification: 'internal', public: false, items: [{ heading: '内部刊物测试', text: INTERNAL_TEXT }] })
    ids.unmarked = await signedIssue('政务快讯', { classification: 'public', public: false, items: [{ heading: '未勾选发布', text: UNMARKED_TEXT }] })

    const editor = await reqFor(payload, 'editor@demo.gov.cn')
    const bulletin = await payload.create({
      collection: 'bulletins',
      draft: true,
      req: editor,
      overrideAccess: false,
      data: { periodType: 'month', year: 2026, period: 11, intro: XSS_INTRO } as never,
    })
    ids.bulletin = bulletin.id
    await publishThroughReview(payload, { collection: 'bulletins', id: bulletin.id, authorId: editorId })
    // The office's route: its head, then its leader in charge.
    const runs = await payload.find({ collection: workflowOptions(payload).slugs.runs as 'workflow-runs', where: { and: [{ docCollection: { equals: 'bulletins' } }, { docId: { equals: String(bulletin.id) } }] }, overrideAccess: true, limit: 1 })
    expect(((runs.docs[0] as unknown as { signatures: { signerName: string }[] }).signatures ?? []).map((s) => s.signerName)).toEqual(['黄主任', '林副主任'])

    // The sign-offs queued a publish; this test runs it itself (with a job waiting, the sitemap would be left to that job).
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    const result = await publishPortal(payload, { trigger: '测试' })
    expect(result).toMatchObject({ status: 'succeeded', mode: 'incremental' })
    expect((await lastLog()).summary).toMatch(/^增量发布：0 篇更新、0 篇撤下，重新生成栏目 无、政务信息刊物和通报/)
    expect(fs.statSync(path.join(live, 'articles', article, 'index.html')).mtimeMs).toBe(articleBefore)
    expect(fs.statSync(path.join(live, 'policies', policy, 'index.html')).mtimeMs).toBe(policyBefore)

    expect(exists(`journals/${ids.xss}/index.html`)).toBe(true)
    expect(exists(`bulletins/${ids.bulletin}/index.html`)).toBe(true)
    // The seeded issue's page was rendered again and is still there.
    expect(exists(`journals/${ids.seeded}/index.html`)).toBe(true)
    for (const id of [ids.internal, ids.unmarked]) expect(exists(`journals/${id}`)).toBe(false)
    const all = everything()
    for (const text of [INTERNAL_TEXT, UNMARKED_TEXT, '政务要情']) expect(all).not.toContain(text)
    const sitemap = sitemapText(live)
    expect(sitemap).toContain(`/journals/${ids.xss}/`)
    expect(sitemap).toContain(`/bulletins/${ids.bulletin}/`)
    expect(sitemap).not.toContain(`/journals/${ids.internal}/`)
  })

  it('escapes what editors typed in item headings, texts, 编者按 and bulletin intros: shown as text, never run', () => {
    for (const file of [`journals/${ids.xss}/index.html`, 'journals/index.html', `bulletins/${ids.bulletin}/index.html`]) {
      const page = inspect(read(file))
      expect(page.scripts.filter((code) => code.includes('alert')), file).toEqual([])
      expect(page.handlers, file).toEqual([])
      expect(page.all('img'), file).toEqual([])
      expect(page.all('b'), file).toEqual([])
    }
    const issue = inspect(read(`journals/${ids.xss}/index.html`))
    expect(issue.text('h2')).toContain(XSS_HEADING)
    expect(issue.text('p')).toEqual(expect.arrayContaining([XSS_TEXT, '第二段：项目区亩均增产一成。', '编者按：<script>alert("编者按")</script>供各地学习借鉴。', '（县农业农村局）']))
    const bulletin = inspect(read(`bulletins/${ids.bulletin}/index.html`))
    expect(bulletin.text('p')).toContain(XSS_INTRO)
  })

  it('shows the bulletin ranking as an accessible table: caption, column headers, units as row headers, 合计', async () => {
    const doc = await payload.findByID({ collection: 'bulletins', id: ids.bulletin, overrideAccess: true })
    const rows = doc.rows as { unit: string; rank: number; score: number }[]
    expect(rows.length).toBeGreaterThan(0)
    const html = read(`bulletins/${ids.bulletin}/index.html`)
    const page = inspect(html)
    expect(page.text('h1')).toEqual([doc.title])
    expect(page.text('caption')).toEqual(['2026年11月各单位政务信息报送采用情况'])
    const columnHeads = page.all('th').filter((th) => attr(th, 'scope') === 'col').map(textOf)
    expect(columnHeads).toEqual(['名次', '单位', '报送', '采用', '采用率', '得分', '未完成月度任务（月）', '约稿未报', '领导批示'])
    const rowHeads = page.all('th').filter((th) => attr(th, 'scope') === 'row').map(textOf)
    expect(rowHeads).toEqual([...rows.map((r) => r.unit), '合计'])
    const bodyRows = page.all('tbody')[0].childNodes!.filter((n) => n.nodeName === 'tr')
    expect(bodyRows).toHaveLength(rows.length)
    expect(textOf(bodyRows[0]).replace(/\s+/g, '')).toContain(`${rows[0].rank}${rows[0].unit}`)
    expect(html).toContain('<meta name="ColumnName" content="政务信息报送通报">')
    expect(read('bulletins/index.html')).toContain(`href="/bulletins/${ids.bulletin}/"`)
  })

  it('takes an unpublished issue off the portal with the next publish: page, lists and sitemap', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    // The office's editor takes the issue off the portal (unpublishes it).
    const editor = await reqFor(payload, 'editor@demo.gov.cn')
    await payload.update({ collection: 'journal-issues', id: ids.seeded, req: editor, overrideAccess: false, data: { _status: 'draft' } })
    expect((await payload.findByID({ collection: 'journal-issues', id: ids.seeded, overrideAccess: true, draft: false }))._status).toBe('draft')
    // Withdrawal (撤稿) queues the publish.
    const queued = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'publishPortal' } }, { completedAt: { exists: false } }] } })
    expect(queued.totalDocs).toBe(1)
    await payload.jobs.run({ queue: 'publish' })
    expect((await lastLog()).status).toBe('succeeded')
    expect(exists(`journals/${ids.seeded}`)).toBe(false)
    expect(read('journals/index.html')).not.toContain(`/journals/${ids.seeded}/`)
    expect(sitemapText(live)).not.toContain(`/journals/${ids.seeded}/`)
    expect(everything()).not.toContain(SEEDED_ITEM)
    // The other issue stays.
    expect(exists(`journals/${ids.xss}/index.html`)).toBe(true)
  })
})
