/**
 * The publishing pipeline: final approval and withdrawal enqueue a publish job; the job renders
 * approved revisions only — everything into a new release swapped live atomically, or, after
 * that, only the pages a change affects — and rebuilds the search index; a failed build leaves
 * the live portal as it was; one publisher at a time; everything typed is escaped.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { parse } from 'parse5'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { expireArticles } from '../cms/src/publishing/expireArticles'
import { publishPortal } from '../cms/src/publishing/publishPortal'
import { BIN, SITE_DIR } from '../scripts/lib/paths'
// @ts-expect-error plain ES module of the site
import { updateSearchIndex } from '../site/scripts/search-index.mjs'
import { bootPayload, type TestPayload } from './helpers/payload'
import { sitemapText } from './helpers/publishing'
import { draftArticle, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
let yaowen: number
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-publish-'))
const live = path.join(tmp, 'current')

const page = (id: number | string) => path.join(live, 'articles', String(id), 'index.html')
const read = (file: string) => fs.readFileSync(path.join(live, file), 'utf8')

async function approve(title: string, extra: Record<string, unknown> = {}, body?: string) {
  const doc = await draftArticle(payload, yaowen, title, extra)
  if (body) {
    const author = await reqFor(payload, 'officer@demo.gov.cn')
    const { lexical } = await import('./helpers/workflow')
    await payload.update({ collection: 'articles', id: doc.id, draft: true, req: author, user: author.user, overrideAccess: false, data: { body: lexical(body) as never } })
  }
  const options = workflowOptions(payload)
  const run = await submit(await reqFor(payload, 'officer@demo.gov.cn'), options, { collection: 'articles', id: doc.id })
  await sign(await reqFor(payload, 'head@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
  await sign(await reqFor(payload, 'reviewer@demo.gov.cn'), options, { runId: run.id, decision: 'approve' })
  return doc.id
}

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string }

/** What a browser would run or show: script bodies, inline event handlers, the h1 text. */
function inspectHtml(html: string) {
  const scripts: string[] = []
  const handlers: string[] = []
  let h1 = ''
  const text = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join(''))
  const walk = (node: Node) => {
    if (node.nodeName === 'script') scripts.push(text(node))
    if (node.nodeName === 'h1') h1 = text(node)
    for (const attr of node.attrs ?? []) if (attr.name.startsWith('on')) handlers.push(`${node.nodeName}.${attr.name}`)
    ;(node.childNodes ?? []).forEach(walk)
  }
  walk(parse(html) as unknown as Node)
  return { scripts, handlers, h1 }
}

/** `astro build` of a snapshot, as `npm run build -w site` runs it. */
function runAstroBuild(contentDir: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN('astro'), ['build'], { cwd: SITE_DIR, env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build: ${errors}`))))
  })
}

/** sha256 of every page and feed of the live portal (not the sitemap, images or search index), by path. */
function pageDigests(siteDir: string): Record<string, string> {
  const site = fs.realpathSync(siteDir)
  const files = (fs.readdirSync(site, { recursive: true }) as string[]).filter((f) => /\.(html|xml)$/.test(f) && !f.startsWith('search-index') && !/^sitemap-/.test(f))
  return Object.fromEntries(files.sort().map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(site, f), 'utf8')).digest('hex')]))
}

/** The sitemap's files of a built portal, by name. */
function sitemapFiles(siteDir: string): Record<string, string> {
  const site = fs.realpathSync(siteDir)
  return Object.fromEntries(fs.readdirSync(site).filter((f) => /^sitemap-.*\.xml$/.test(f)).sort().map((f) => [f, fs.readFileSync(path.join(site, f), 'utf8')]))
}

/** Every file of every search shard, by shard key (shard folders carry their build time; their contents are content-addressed). */
function searchShardContents(siteDir: string): Record<string, string[]> {
  const index = path.join(fs.realpathSync(siteDir), 'search-index')
  const manifest = JSON.parse(fs.readFileSync(path.join(index, 'manifest.json'), 'utf8')) as SearchManifest
  return Object.fromEntries(manifest.shards.map(({ key, dir }) => [key, (fs.readdirSync(path.join(index, dir), { recursive: true }) as string[]).sort()]))
}

type SearchManifest = { shards: { key: string; dir: string; pages: number }[] }
/** The live search index's manifest (which shard folders serve) and its bookkeeping (which page sits in which shard). */
const searchManifest = (): SearchManifest => JSON.parse(fs.readFileSync(path.join(live, 'search-index', 'manifest.json'), 'utf8'))
const searchState = (): { pages: Record<string, { shard: string }> } => JSON.parse(fs.readFileSync(path.join(live, 'search-index', 'state.json'), 'utf8'))

async function queuedPublishJobs() {
  return (await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'publishPortal' } }, { completedAt: { exists: false } }] } })).totalDocs
}

beforeAll(async () => {
  process.env.PORTAL_DIR = live
  process.env.PUBLISH_BATCH_MS = '0'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  yaowen = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
  const first = await publishPortal(payload, { trigger: '首次发布' })
  expect(first.status).toBe('succeeded')
  // The seed's approvals queued publishes too; this test drives the queue itself.
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('publishing pipeline', () => {
  it('final approval queues one publish; running the queue puts the approved article live and logs the revisions used', async () => {
    const a = await approve('县教育局召开教育督导工作会议')
    const b = await approve('县教育局部署寒假安全教育工作')
    expect(await queuedPublishJobs()).toBe(1)
    await payload.jobs.run({ queue: 'publish' })
    expect(fs.existsSync(page(a))).toBe(true)
    expect(fs.existsSync(page(b))).toBe(true)
    expect(sitemapText(live)).toContain(`/articles/${a}/`)
    const log = (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
    expect(log.status).toBe('succeeded')
    expect((log.revisions as { id: string }[]).map((r) => r.id)).toEqual(expect.arrayContaining([String(a), String(b)]))
  })

  it('keeps the approved revision live when a newer draft exists, and queues no publish for the draft', async () => {
    const id = await approve('县教育局发布校园食品安全提示')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    const author = await reqFor(payload, 'officer@demo.gov.cn')
    await payload.update({ collection: 'articles', id, draft: true, req: author, user: author.user, overrideAccess: false, data: { title: '未经审核的新标题' } })
    expect(await queuedPublishJobs()).toBe(0)
    await publishPortal(payload, { trigger: '测试' })
    const html = fs.readFileSync(page(id), 'utf8')
    expect(html).toContain('县教育局发布校园食品安全提示')
    expect(html).not.toContain('未经审核的新标题')
  })

  it('publishes one approval incrementally: its page, its column and the home page are rendered, other pages are left alone', async () => {
    const untouched = fs.readdirSync(path.join(live, 'articles'))[0]
    const untouchedBefore = fs.statSync(page(untouched)).mtimeMs
    const searchBefore = searchManifest()
    const id = await approve('县人社局发布冬季就业援助月活动安排')
    await payload.jobs.run({ queue: 'publish' })
    expect(fs.existsSync(page(id))).toBe(true)
    expect(read('index.html')).toContain('县人社局发布冬季就业援助月活动安排')
    expect(read('columns/yaowen/index.html')).toContain('县人社局发布冬季就业援助月活动安排')
    expect(fs.statSync(page(untouched)).mtimeMs).toBe(untouchedBefore)
    // The sitemap still names every page, rendered this time or not; the search index's shard of this year was rebuilt, and holds the article.
    expect(sitemapText(live)).toContain(`/articles/${id}/`)
    expect(sitemapText(live)).toContain(`/articles/${untouched}/`)
    const searchAfter = searchManifest()
    const shard = searchState().pages[`/articles/${id}/`].shard
    expect(shard).toBe(String(new Date().getFullYear()))
    expect(searchAfter.shards.find((s) => s.key === shard)!.dir).not.toBe(searchBefore.shards.find((s) => s.key === shard)?.dir)
    // Shards of other years were left as they were.
    const others = (m: SearchManifest) => m.shards.filter((s) => s.key !== shard)
    expect(others(searchAfter)).toEqual(others(searchBefore))
    const log = (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
    expect(log.summary).toMatch(/^增量发布：1 篇更新、0 篇撤下，重新生成栏目 yaowen；页面 [\d.]+ 秒上线，其余列表页、站点地图和搜索索引 [\d.]+ 秒/)
  })

  it('pages rendered incrementally, and by a full publish, are byte for byte what astro build writes', async () => {
    // Sitemap and search index first brought up to date (run alone, the first release's phase two was left to the queue).
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    await publishPortal(payload, { trigger: '测试' })
    const id = await approve('县市场监管局开展冬季食品安全检查')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    const published = await publishPortal(payload, { trigger: '测试' })
    expect(published).toMatchObject({ status: 'succeeded', mode: 'incremental' })
    expect(fs.existsSync(page(id))).toBe(true)
    // Phase two looked only at the pages this publish wrote: the article, its column's list and feed's pages, the home page and the few pages listing the newest.
    expect(published.followUp!.changedPages).toBeGreaterThan(2)
    expect(published.followUp!.changedPages).toBeLessThan(Object.keys(pageDigests(live)).length / 2)
    const incremental = pageDigests(live)
    // The reference: Astro's own static build of the same snapshot.
    const reference = path.join(tmp, 'astro-build')
    await runAstroBuild(`${live}.work/content`, reference)
    const built = pageDigests(reference)
    expect(Object.keys(built).length).toBeGreaterThan(20)
    expect(incremental).toEqual(built)
    // The sitemap the publisher wrote for the live pages, section by section, is what
    // @astrojs/sitemap writes in that build.
    const referenceSitemaps = sitemapFiles(reference)
    expect(Object.keys(referenceSitemaps)).toEqual(expect.arrayContaining(['sitemap-index.xml', 'sitemap-articles-0.xml', 'sitemap-columns-0.xml', 'sitemap-pages-0.xml']))
    expect(sitemapFiles(live)).toEqual(referenceSitemaps)
    // Phase two read only the pages the publish recorded, and its search index is what a full
    // index of the same pages holds.
    expect(fs.existsSync(path.join(path.dirname(fs.realpathSync(live)), 'pages-changed.json'))).toBe(false)
    const indexedFromScratch = path.join(tmp, 'search-from-scratch')
    fs.cpSync(fs.realpathSync(live), indexedFromScratch, { recursive: true, filter: (source) => !source.includes(`${path.sep}search-index`) })
    await updateSearchIndex(indexedFromScratch, { full: true })
    expect(searchShardContents(live)).toEqual(searchShardContents(indexedFromScratch))
    // A full publish split between two render processes writes the same pages.
    process.env.PORTAL_RENDER_PROCESSES = '2'
    try {
      expect((await publishPortal(payload, { trigger: '全量对照', full: true })).status).toBe('succeeded')
    } finally {
      delete process.env.PORTAL_RENDER_PROCESSES
    }
    expect(pageDigests(live)).toEqual(built)
    expect(sitemapFiles(live)).toEqual(referenceSitemaps)
  })

  it('renders the 政府信息公开 section again, and no article, when only a policy changed', async () => {
    const untouched = fs.readdirSync(path.join(live, 'articles'))[0]
    const untouchedBefore = fs.statSync(page(untouched)).mtimeMs
    const policy = (await payload.find({ collection: 'policies', where: { _status: { equals: 'published' }, disclosureMode: { equals: 'proactive' } }, overrideAccess: true, limit: 1 })).docs[0]
    const db = new pg.Client({ connectionString: ctx.databaseUrl })
    await db.connect()
    try {
      // A change of the published row (as a re-approved revision would make), without the review.
      await db.query("update policies set summary = '摘要已更新：增量发布测试', updated_at = now() where id = $1", [policy.id])
    } finally {
      await db.end()
    }
    const result = await publishPortal(payload, { trigger: '测试' })
    expect(result).toMatchObject({ status: 'succeeded', mode: 'incremental' })
    expect(read(`policies/${policy.id}/index.html`)).toContain('摘要已更新：增量发布测试')
    expect(fs.statSync(page(untouched)).mtimeMs).toBe(untouchedBefore)
    expect(sitemapText(live)).toContain(`/policies/${policy.id}/`)
    expect(sitemapText(live)).toContain(`/articles/${untouched}/`)
    const log = (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
    expect(log.summary).toContain('增量发布：0 篇更新、0 篇撤下，重新生成栏目 无、政府信息公开')
  })

  it('splits a full build between render processes into one complete release, with its sitemap', async () => {
    process.env.PORTAL_RENDER_PROCESSES = '3'
    try {
      const result = await publishPortal(payload, { trigger: '测试', full: true })
      expect(result).toMatchObject({ status: 'succeeded', mode: 'full' })
      const published = result.pages!
      expect(fs.readdirSync(path.join(live, 'articles'))).toHaveLength(published)
      const sitemap = sitemapText(live)
      for (const id of fs.readdirSync(path.join(live, 'articles'))) expect(sitemap).toContain(`/articles/${id}/`)
      const log = (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
      expect(log.summary).toContain('3 个进程并行渲染')
    } finally {
      delete process.env.PORTAL_RENDER_PROCESSES
    }
  })

  it("puts the first pages of the article's column live with it, and the rest of the list in phase two — with the next publish when one is queued", async () => {
    process.env.PUBLISH_LIST_HEAD_PAGES = '0'
    try {
      const id = await approve('县统计局发布前三季度经济运行情况')
      // The approval's job is still queued: this publish leaves phase two to it.
      expect(await queuedPublishJobs()).toBe(1)
      const first = await publishPortal(payload, { trigger: '测试' })
      expect(first).toMatchObject({ status: 'succeeded', mode: 'incremental' })
      expect(fs.existsSync(page(id))).toBe(true)
      expect(read('columns/yaowen/index.html')).not.toContain('县统计局发布前三季度经济运行情况')
      const release = path.dirname(fs.realpathSync(live))
      expect(JSON.parse(fs.readFileSync(path.join(release, 'lists-pending.json'), 'utf8'))).toEqual(['yaowen'])
      const log = (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
      expect(log.summary).toContain('其余列表页、站点地图和搜索索引留待下一次发布更新')

      await payload.jobs.run({ queue: 'publish' })
      expect(read('columns/yaowen/index.html')).toContain('县统计局发布前三季度经济运行情况')
      expect(fs.existsSync(path.join(release, 'lists-pending.json'))).toBe(false)
      expect(sitemapText(live)).toContain(`/articles/${id}/`)
    } finally {
      delete process.env.PUBLISH_LIST_HEAD_PAGES
    }
  })

  it('withdrawing an article queues a publish that removes its page and its sitemap entry', async () => {
    const id = await approve('将被撤下的稿件')
    await publishPortal(payload, { trigger: '测试' })
    expect(fs.existsSync(page(id))).toBe(true)
    expect(read('columns/yaowen/rss.xml')).toContain('将被撤下的稿件')
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    await payload.update({ collection: 'articles', id, overrideAccess: true, data: { _status: 'draft' } })
    expect(await queuedPublishJobs()).toBe(1)
    await payload.jobs.run({ queue: 'publish' })
    expect(fs.existsSync(page(id))).toBe(false)
    expect(sitemapText(live)).not.toContain(`/articles/${id}/`)
    expect(read('columns/yaowen/index.html')).not.toContain('将被撤下的稿件')
    expect(read('columns/yaowen/rss.xml')).not.toContain('将被撤下的稿件')
    // Gone from the search index too.
    expect(searchState().pages[`/articles/${id}/`]).toBeUndefined()
    expect(searchManifest().shards.length).toBeGreaterThan(0)
  })

  it('takes an article off the portal when its 下线时间 passes: left out at once, then unpublished by the expiry job', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString()
    const id = await approve('限时招聘公告（到期下线）', { expiresAt: inAnHour })
    await publishPortal(payload, { trigger: '测试' })
    expect(fs.existsSync(page(id))).toBe(true)
    // The 下线时间 passes (set in the past without a save, however long the approval took on a busy machine).
    const db = new pg.Client({ connectionString: ctx.databaseUrl })
    await db.connect()
    try {
      await db.query("update articles set expires_at = now() - interval '1 second' where id = $1", [id])
    } finally {
      await db.end()
    }
    // Even before the job runs, a publish leaves the expired item out.
    await publishPortal(payload, { trigger: '测试' })
    expect(fs.existsSync(page(id))).toBe(false)
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
    expect(await expireArticles(payload)).toBe(1)
    expect((await payload.findByID({ collection: 'articles', id, overrideAccess: true }))._status).toBe('draft')
    expect(await queuedPublishJobs()).toBe(1)
    expect(await expireArticles(payload)).toBe(0)
  })

  it('escapes what users typed in titles and bodies: shown as text, never run', async () => {
    const title = '<script>alert("标题")</script>通知'
    const id = await approve(title, {}, '<img src=x onerror=alert(1)>正文')
    await publishPortal(payload, { trigger: '测试' })
    const { scripts, handlers, h1 } = inspectHtml(fs.readFileSync(page(id), 'utf8'))
    expect(scripts.filter((code) => code.includes('alert'))).toEqual([])
    expect(handlers).toEqual([])
    expect(h1).toBe(title)
    expect(fs.readFileSync(page(id), 'utf8')).toContain('&lt;img src=x onerror=alert(1)&gt;正文')
  })

  it('a failed build leaves the live portal exactly as it was', async () => {
    const before = fs.realpathSync(live)
    const index = read('index.html')
    const releases = fs.readdirSync(`${live}.releases`)
    const db = new pg.Client({ connectionString: ctx.databaseUrl })
    await db.connect()
    try {
      // A published row the portal schema rejects: the Astro build fails, incremental or full.
      await db.query("update articles set title = null, updated_at = now() where id = (select id from articles where _status = 'published' order by id limit 1)")
      for (const full of [false, true]) {
        const result = await publishPortal(payload, { trigger: '故障测试', full })
        expect(result.status).toBe('failed')
        expect(fs.realpathSync(live)).toBe(before)
        expect(read('index.html')).toBe(index)
        const log = (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
        expect(log.status).toBe('failed')
        expect(log.error).toContain('门户构建失败')
      }
      // The failed full build left no release behind.
      expect(fs.readdirSync(`${live}.releases`)).toEqual(releases)
    } finally {
      await db.end()
    }
  })

  it('lets only one publisher run at a time', async () => {
    const db = new pg.Client({ connectionString: ctx.databaseUrl })
    await db.connect()
    try {
      await db.query("update articles set title = '恢复的标题', updated_at = now() where title is null")
      const results = await Promise.all([publishPortal(payload, { trigger: 'A' }), publishPortal(payload, { trigger: 'B' })])
      expect(results.map((r) => r.status).sort()).toEqual(['skipped', 'succeeded'])
    } finally {
      await db.end()
    }
  })
})
