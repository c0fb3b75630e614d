/**
 * The sharded search index (site/scripts/search-index.mjs) on sites made of plain pages: an
 * update after changes gives exactly what a full build of the same pages gives, only the shards
 * whose pages changed are rebuilt, a withdrawn page leaves its shard, a build killed half-way
 * leaves search working, and retired shards stay long enough for pages opened before the swap.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

// @ts-expect-error plain ES module of the site
import { updateSearchIndex } from '../site/scripts/search-index.mjs'

const SCRIPT = path.resolve(__dirname, '../site/scripts/search-index.mjs')
const roots: string[] = []
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })))

type Manifest = { client: string; pages: number; shards: { key: string; dir: string; pages: number }[] }
type State = { pages: Record<string, { shard: string; digest: string }>; granularity: Record<string, string>; retired: Record<string, number> }

function newSite(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-search-'))
  roots.push(root)
  return root
}

function writePage(site: string, url: string, { title, date, body = '' }: { title: string; date?: string; body?: string }) {
  const dir = path.join(site, url)
  fs.mkdirSync(dir, { recursive: true })
  const pubDate = date ? `<meta name="PubDate" content="${date}">` : ''
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${pubDate}</head><body><header>县人民政府</header><article data-pagefind-body><h1>${title}</h1><p>${body}为进一步做好相关工作，现将有关事项通知如下。</p></article></body></html>`,
  )
}

/** A county's pages over three years, a home page and a list page that are not searchable. */
function demoSite(site: string) {
  for (let i = 0; i < 30; i++) {
    writePage(site, `articles/${i}`, { title: `通知 ${i}`, date: `${2024 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-05`, body: `第${i}号。` })
  }
  writePage(site, 'xxgk/guide', { title: '政府信息公开指南' })
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><body><h1>首页</h1></body></html>')
  fs.mkdirSync(path.join(site, 'columns/yaowen'), { recursive: true })
  fs.writeFileSync(path.join(site, 'columns/yaowen/index.html'), '<!doctype html><html lang="zh-CN"><body><ul><li>通知</li></ul></body></html>')
}

const manifestOf = (site: string): Manifest => JSON.parse(fs.readFileSync(path.join(site, 'search-index/manifest.json'), 'utf8'))
const stateOf = (site: string): State => JSON.parse(fs.readFileSync(path.join(site, 'search-index/state.json'), 'utf8'))
const dirOf = (site: string, key: string) => manifestOf(site).shards.find((s) => s.key === key)?.dir

/** Every file of every shard by shard key (shard folders carry their build time; contents are content-addressed). */
function shardContents(site: string): Record<string, string[]> {
  return Object.fromEntries(
    manifestOf(site).shards.map(({ key, dir }) => [key, (fs.readdirSync(path.join(site, 'search-index', dir), { recursive: true }) as string[]).sort()]),
  )
}

/** Copies a site's pages (not its index) to a fresh folder. */
function copyPages(from: string): string {
  const to = newSite()
  fs.cpSync(from, to, { recursive: true, filter: (source) => !source.includes(`${path.sep}search-index`) })
  return to
}

describe('sharded search index', () => {
  it('indexes only searchable pages, one shard per year and one for undated pages, newest first', async () => {
    const site = newSite()
    demoSite(site)
    const result = await updateSearchIndex(site)
    expect(result).toMatchObject({ pages: 31, shards: 4 })
    const manifest = manifestOf(site)
    expect(manifest.shards.map((s) => [s.key, s.pages])).toEqual([['undated', 1], ['2026', 10], ['2025', 10], ['2024', 10]])
    for (const shard of manifest.shards) expect(fs.existsSync(path.join(site, 'search-index', shard.dir, 'pagefind.js'))).toBe(true)
    expect(fs.existsSync(path.join(site, 'search-index', manifest.client))).toBe(true)
    expect(Object.keys(stateOf(site).pages)).not.toContain('/columns/yaowen/')
    // Nothing changed: nothing read again, nothing rebuilt.
    expect(await updateSearchIndex(site)).toMatchObject({ rebuilt: [], read: 0 })
  })

  it('after changes, rebuilds only the shards that hold them and ends where a full build of the same pages ends', async () => {
    const site = newSite()
    demoSite(site)
    await updateSearchIndex(site)
    const before = manifestOf(site)

    writePage(site, 'articles/3', { title: '通知 3（修订）', date: '2024-04-05', body: '营商环境。' }) // text changed, same year
    writePage(site, 'articles/100', { title: '新发布的通知', date: '2026-11-30' }) // new
    fs.rmSync(path.join(site, 'articles/4'), { recursive: true }) // withdrawn (2025)
    fs.writeFileSync(path.join(site, 'columns/yaowen/index.html'), '<!doctype html><html lang="zh-CN"><body>新列表</body></html>') // not searchable
    const update = await updateSearchIndex(site)
    expect(update.rebuilt.sort()).toEqual(['2024', '2025', '2026'])
    expect(update.read).toBe(3)
    expect(dirOf(site, 'undated')).toBe(before.shards.find((s) => s.key === 'undated')!.dir)
    expect(stateOf(site).pages['/articles/4/']).toBeUndefined()
    expect(stateOf(site).pages['/articles/100/'].shard).toBe('2026')

    const rebuiltFromScratch = copyPages(site)
    await updateSearchIndex(rebuiltFromScratch, { full: true })
    expect(manifestOf(site).shards.map(({ key, pages }) => [key, pages])).toEqual(manifestOf(rebuiltFromScratch).shards.map(({ key, pages }) => [key, pages]))
    expect(shardContents(site)).toEqual(shardContents(rebuiltFromScratch))
    const digests = (s: State) => Object.fromEntries(Object.entries(s.pages).map(([url, p]) => [url, [p.shard, p.digest]]))
    expect(digests(stateOf(site))).toEqual(digests(stateOf(rebuiltFromScratch)))
  })

  it('given the publisher\'s list of changed pages, looks at no other page and ends where a full build ends', async () => {
    const site = newSite()
    demoSite(site)
    await updateSearchIndex(site)
    const fifthBefore = stateOf(site).pages['/articles/5/'].digest

    writePage(site, 'articles/100', { title: '新发布的通知', date: '2026-11-30', body: '乡村振兴。' })
    fs.rmSync(path.join(site, 'articles/4'), { recursive: true })
    // Changed on disk but not named: a run given the list does not see it (a walk would).
    writePage(site, 'articles/5', { title: '通知 5（未列入）', date: '2026-05-05' })
    const update = await updateSearchIndex(site, { changes: ['/articles/100/', '/articles/4/'] })
    expect(update).toMatchObject({ walked: false, read: 1 })
    expect(update.rebuilt.sort()).toEqual(['2025', '2026'])
    expect(stateOf(site).pages['/articles/4/']).toBeUndefined()
    expect(stateOf(site).pages['/articles/5/'].digest).toBe(fifthBefore)

    // With articles/5 named too, the result is what a full build of the same pages gives.
    await updateSearchIndex(site, { changes: ['/articles/5/'] })
    const rebuiltFromScratch = copyPages(site)
    await updateSearchIndex(rebuiltFromScratch, { full: true })
    expect(shardContents(site)).toEqual(shardContents(rebuiltFromScratch))
    const digests = (s: State) => Object.fromEntries(Object.entries(s.pages).map(([url, p]) => [url, [p.shard, p.digest]]))
    expect(digests(stateOf(site))).toEqual(digests(stateOf(rebuiltFromScratch)))
  })

  it('walks the site when it has no index to bring up to date, even given a list', async () => {
    const site = newSite()
    demoSite(site)
    const first = await updateSearchIndex(site, { changes: ['/articles/1/'] })
    expect(first).toMatchObject({ walked: true, pages: 31 })
  })

  it('moves a page whose date changed to its new shard and empties nothing else', async () => {
    const site = newSite()
    demoSite(site)
    await updateSearchIndex(site)
    writePage(site, 'articles/0', { title: '通知 0', date: '2025-06-01', body: '第0号。' })
    const update = await updateSearchIndex(site)
    expect(update.rebuilt.sort()).toEqual(['2024', '2025'])
    expect(manifestOf(site).shards.map((s) => [s.key, s.pages])).toEqual([['undated', 1], ['2026', 10], ['2025', 11], ['2024', 9]])
  })

  it('splits a year with more pages than a shard holds into months, and keeps the layout until the year outgrows it', async () => {
    const site = newSite()
    demoSite(site)
    await updateSearchIndex(site, { shardPages: 5 })
    expect(stateOf(site).granularity).toEqual({ 2024: 'month', 2025: 'month', 2026: 'month' })
    expect(manifestOf(site).shards.map((s) => s.key)).toContain('2026-12')
    expect(manifestOf(site).shards.reduce((n, s) => n + s.pages, 0)).toBe(31)
    writePage(site, 'articles/200', { title: '新年第一篇', date: '2027-01-02' })
    await updateSearchIndex(site, { shardPages: 5 })
    expect(stateOf(site).granularity[2027]).toBe('year')
    expect(manifestOf(site).shards[1]).toMatchObject({ key: '2027', pages: 1 })
  })

  it('keeps a retired shard while pages opened before the swap may load it, then removes it', async () => {
    const site = newSite()
    demoSite(site)
    const start = Date.now()
    await updateSearchIndex(site, { now: start })
    const old2026 = dirOf(site, '2026')!
    writePage(site, 'articles/101', { title: '又一篇', date: '2026-10-10' })
    await updateSearchIndex(site, { now: start + 60_000 })
    expect(dirOf(site, '2026')).not.toBe(old2026)
    expect(fs.existsSync(path.join(site, 'search-index', old2026))).toBe(true)
    expect(stateOf(site).retired[old2026]).toBe(start + 60_000)
    await updateSearchIndex(site, { now: start + 60_000 + 16 * 60_000 })
    expect(fs.existsSync(path.join(site, 'search-index', old2026))).toBe(false)
    expect(stateOf(site).retired[old2026]).toBeUndefined()
  })

  it('a build killed while writing a shard leaves the previous index serving, and the next run completes it', async () => {
    const site = newSite()
    demoSite(site)
    await updateSearchIndex(site)
    const before = fs.readFileSync(path.join(site, 'search-index/manifest.json'), 'utf8')
    const known = new Set(fs.readdirSync(path.join(site, 'search-index')))
    // Enough changed pages in one shard that its build takes a while.
    for (let i = 0; i < 1500; i++) writePage(site, `articles/n${i}`, { title: `批量通知 ${i}`, date: '2026-03-01', body: `乡村振兴第${i}期。`.repeat(20) })

    const child = spawn(process.execPath, [SCRIPT, site], { detached: true, stdio: 'ignore' })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    const started = Date.now()
    let partial: string | undefined
    while (!partial && Date.now() - started < 60_000) {
      partial = fs.readdirSync(path.join(site, 'search-index')).find((entry) => !known.has(entry) && entry.startsWith('2026-'))
      if (!partial) await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(partial, 'the run began writing a shard').toBeTruthy()
    process.kill(-child.pid!, 'SIGKILL')
    await exited

    expect(fs.readFileSync(path.join(site, 'search-index/manifest.json'), 'utf8')).toBe(before)
    for (const shard of manifestOf(site).shards) expect(fs.existsSync(path.join(site, 'search-index', shard.dir, 'pagefind-entry.json'))).toBe(true)

    const next = await updateSearchIndex(site)
    expect(next.rebuilt).toEqual(['2026'])
    expect(manifestOf(site).shards.find((s) => s.key === '2026')!.pages).toBe(1510)
  }, 180_000)
})
