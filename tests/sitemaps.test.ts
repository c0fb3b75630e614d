/**
 * The publisher's sitemap writer (site/scripts/sitemaps.mjs): one set of files per section, a
 * change rewrites only its section's files (and the index when the list of files changed), a
 * section that emptied loses its files, and a section over 50,000 pages is split. That it writes
 * what @astrojs/sitemap writes for the same pages is checked in tests/publishing.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

// @ts-expect-error plain ES module of the site
import { sitemapFiles, writeSitemaps } from '../site/scripts/sitemaps.mjs'

const SITE = 'https://www.example.gov.cn'
const roots: string[] = []
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })))

function page(site: string, url: string) {
  fs.mkdirSync(path.join(site, url), { recursive: true })
  fs.writeFileSync(path.join(site, url, 'index.html'), `<!doctype html><title>${url}</title>`)
}

function county(): string {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-sitemap-'))
  roots.push(site)
  for (const url of ['', 'sitemap', 'search', 'columns/yaowen', 'columns/yaowen/2', 'articles/1', 'articles/2', 'articles/10', 'xxgk', 'bulletins/5']) page(site, url)
  return site
}

const list = (site: string) => fs.readdirSync(site).filter((f) => f.startsWith('sitemap-')).sort()

describe('sitemap by section', () => {
  it('writes one file per section and an index naming them, in the order @astrojs/sitemap uses', async () => {
    const site = county()
    const result = await writeSitemaps(site, SITE)
    expect(list(site)).toEqual(['sitemap-articles-0.xml', 'sitemap-bulletins-0.xml', 'sitemap-columns-0.xml', 'sitemap-index.xml', 'sitemap-pages-0.xml', 'sitemap-xxgk-0.xml'])
    expect(result.written).toHaveLength(6)
    const index = fs.readFileSync(path.join(site, 'sitemap-index.xml'), 'utf8')
    const named = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(named).toEqual(['articles', 'columns', 'xxgk', 'bulletins', 'pages'].map((s) => `${SITE}/sitemap-${s}-0.xml`))
    const articles = fs.readFileSync(path.join(site, 'sitemap-articles-0.xml'), 'utf8')
    // Numeric order, as @astrojs/sitemap sorts.
    expect([...articles.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([`${SITE}/articles/1/`, `${SITE}/articles/2/`, `${SITE}/articles/10/`])
    const pages = fs.readFileSync(path.join(site, 'sitemap-pages-0.xml'), 'utf8')
    expect(pages).toContain(`<loc>${SITE}/</loc>`)
    expect(pages).not.toContain('/search/')
  })

  it('rewrites only the section a change touched; the index only when the list of files changes', async () => {
    const site = county()
    await writeSitemaps(site, SITE)
    const before = Object.fromEntries(list(site).map((f) => [f, fs.statSync(path.join(site, f)).mtimeMs]))
    page(site, 'articles/11')
    expect((await writeSitemaps(site, SITE)).written).toEqual(['sitemap-articles-0.xml'])
    expect(fs.readFileSync(path.join(site, 'sitemap-articles-0.xml'), 'utf8')).toContain('/articles/11/')
    for (const file of ['sitemap-columns-0.xml', 'sitemap-index.xml', 'sitemap-pages-0.xml']) expect(fs.statSync(path.join(site, file)).mtimeMs).toBe(before[file])

    fs.rmSync(path.join(site, 'bulletins'), { recursive: true })
    const withdrawn = await writeSitemaps(site, SITE)
    expect(withdrawn.written).toEqual(['sitemap-index.xml'])
    expect(withdrawn.removed).toEqual(['sitemap-bulletins-0.xml'])
    expect(fs.readFileSync(path.join(site, 'sitemap-index.xml'), 'utf8')).not.toContain('bulletins')
    expect((await writeSitemaps(site, SITE)).written).toEqual([])
  })

  it('given the pages a publish changed, reads and writes only their sections and ends with what a walk writes', async () => {
    const site = county()
    await writeSitemaps(site, SITE)
    const before = Object.fromEntries(list(site).map((f) => [f, fs.statSync(path.join(site, f)).mtimeMs]))
    page(site, 'articles/11')
    fs.rmSync(path.join(site, 'bulletins'), { recursive: true })
    page(site, 'hudong/replies')
    const changed = await writeSitemaps(site, SITE, { changes: ['/articles/11/', '/articles/2/', '/bulletins/5/', '/hudong/replies/'] })
    expect(changed.partial).toBe(true)
    expect(changed.written.sort()).toEqual(['sitemap-articles-0.xml', 'sitemap-hudong-0.xml', 'sitemap-index.xml'])
    expect(changed.removed).toEqual(['sitemap-bulletins-0.xml'])
    for (const file of ['sitemap-columns-0.xml', 'sitemap-pages-0.xml', 'sitemap-xxgk-0.xml']) expect(fs.statSync(path.join(site, file)).mtimeMs).toBe(before[file])

    const walked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gov-sitemap-')), 'site')
    roots.push(path.dirname(walked))
    fs.cpSync(site, walked, { recursive: true, filter: (source) => !/sitemap-[^/]*\.xml$/.test(source) })
    await writeSitemaps(walked, SITE)
    expect(list(walked)).toEqual(list(site))
    for (const file of list(site)) expect(fs.readFileSync(path.join(site, file), 'utf8'), file).toBe(fs.readFileSync(path.join(walked, file), 'utf8'))
  })

  it('a withdrawn folder takes the pages under it out of the sitemap', async () => {
    const site = county()
    await writeSitemaps(site, SITE)
    fs.rmSync(path.join(site, 'columns/yaowen'), { recursive: true })
    await writeSitemaps(site, SITE, { changes: ['/columns/yaowen/'] })
    expect(fs.readFileSync(path.join(site, 'sitemap-index.xml'), 'utf8')).not.toContain('sitemap-columns-0.xml')
    expect(fs.existsSync(path.join(site, 'sitemap-columns-0.xml'))).toBe(false)
  })

  it('splits a section of more than 50,000 pages into numbered files', async () => {
    const urls = Array.from({ length: 50_001 }, (_, i) => `${SITE}/articles/${i + 1}/`)
    const files: Map<string, Buffer> = await sitemapFiles([...urls, `${SITE}/`], SITE)
    expect([...files.keys()]).toEqual(['sitemap-articles-0.xml', 'sitemap-articles-1.xml', 'sitemap-pages-0.xml', 'sitemap-index.xml'])
    expect(String(files.get('sitemap-articles-1.xml')).match(/<url>/g)).toHaveLength(1)
    expect(String(files.get('sitemap-articles-1.xml'))).toContain(`${SITE}/articles/50001/`)
  })

  it('replaces the files of the earlier numbered layout', async () => {
    const site = county()
    fs.writeFileSync(path.join(site, 'sitemap-0.xml'), '<urlset/>')
    expect((await writeSitemaps(site, SITE)).removed).toEqual(['sitemap-0.xml'])
  })
})
