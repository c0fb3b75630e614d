/**
 * Writes the sitemap of a built portal's pages without an Astro build:
 * `node site/scripts/sitemaps.mjs <site dir> <content dir> [--changes <file>]` (phase two of a
 * publish; the file lists the URL paths the publisher wrote or removed, and then only their
 * sections are read and written).
 *
 * The files are those plain `astro build` writes with @astrojs/sitemap's `chunks`
 * (site/src/lib/sitemapSections.mjs), made with the same library (`sitemap`) in the same order,
 * so both give the same bytes. Only the files whose content changed are written (each by
 * rename), the index last; files of sections that no longer exist are removed after it.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'

import { pageFolder, urls } from '@gov/portal-contract/urls'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

import { inSitemap, OTHER_PAGES, SITEMAP_ENTRY_LIMIT, SITEMAP_SECTIONS, sitemapSection } from '../src/lib/sitemapSections.mjs'
import { siteUrl } from '../src/lib/siteUrl.mjs'
import { listPageFiles, pagesAfterChanges, readPageChanges } from './pageFiles.mjs'

const INDEX = pageFolder(urls.sitemapIndex())
const XMLNS = { news: true, xhtml: true, image: true, video: true }
const SECTION_ORDER = [...SITEMAP_SECTIONS, OTHER_PAGES]
const SECTION_FILE = /^sitemap-(.+)-(\d+)\.xml$/

const render = (stream, items) => streamToPromise(Readable.from(items).pipe(stream))
const byUrl = (a, b) => a.localeCompare(b, 'en', { numeric: true })
const fileOrder = (a, b) => {
  const [, sa, ia] = SECTION_FILE.exec(a)
  const [, sb, ib] = SECTION_FILE.exec(b)
  return SECTION_ORDER.indexOf(sa) - SECTION_ORDER.indexOf(sb) || Number(ia) - Number(ib)
}

/** One section's files, by name, for its page URLs (absolute). */
async function sectionFiles(name, urls, hostname) {
  const items = urls.sort(byUrl).map((url) => ({ url }))
  const files = new Map()
  for (let i = 0; i * SITEMAP_ENTRY_LIMIT < items.length; i++) {
    files.set(`sitemap-${name}-${i}.xml`, await render(new SitemapStream({ hostname, xmlns: XMLNS }), items.slice(i * SITEMAP_ENTRY_LIMIT, (i + 1) * SITEMAP_ENTRY_LIMIT)))
  }
  return files
}

const indexFile = (names, hostname) => render(new SitemapIndexStream({}), [...names].sort(fileOrder).map((name) => ({ url: new URL(name, hostname).href })))

/** The sitemap files for these page URLs, by file name, the index last. */
export async function sitemapFiles(urls, site) {
  const hostname = new URL('/', site).href
  const sections = new Map(SECTION_ORDER.map((name) => [name, []]))
  for (const url of urls.filter(inSitemap)) sections.get(sitemapSection(url)).push(url)
  const files = new Map()
  for (const [name, items] of sections) for (const [file, content] of await sectionFiles(name, items, hostname)) files.set(file, content)
  files.set(INDEX, await indexFile(files.keys(), hostname))
  return files
}

const unescapeXml = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name])

/**
 * The files after the publisher changed the pages `changes` names (URL paths): only the
 * sections those pages belong to are read back (their `<loc>`s), brought up to date and
 * rendered again; the other sections' files stay as they are. Null when there is no sitemap
 * to start from.
 */
async function changedSitemapFiles(siteDir, site, changes) {
  const hostname = new URL('/', site).href
  const existing = (await fs.readdir(siteDir)).filter((f) => SECTION_FILE.test(f) && SECTION_ORDER.includes(SECTION_FILE.exec(f)[1]))
  if (!existing.length || !(await fs.stat(path.join(siteDir, INDEX)).catch(() => null))) return null
  const touched = new Set(changes.map((url) => sitemapSection(new URL(url, hostname).href)))
  const known = new Map()
  for (const file of existing.filter((f) => touched.has(SECTION_FILE.exec(f)[1]))) {
    const xml = await fs.readFile(path.join(siteDir, file), 'utf8')
    for (const [, loc] of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) known.set(new URL(unescapeXml(loc)).pathname, null)
  }
  const pages = await pagesAfterChanges(siteDir, known, changes)
  const sections = new Map([...touched].map((name) => [name, []]))
  for (const url of [...pages.keys()].map((page) => new URL(page, hostname).href).filter(inSitemap)) sections.get(sitemapSection(url))?.push(url)
  const files = new Map()
  for (const [name, items] of sections) for (const [file, content] of await sectionFiles(name, items, hostname)) files.set(file, content)
  const kept = existing.filter((f) => !touched.has(SECTION_FILE.exec(f)[1]))
  files.set(INDEX, await indexFile([...kept, ...files.keys()], hostname))
  return { files, kept, pages: pages.size }
}

/**
 * Writes the sitemap of the site's pages. With `changes` (the URL paths the publisher wrote or
 * removed since the sitemap was last written) only their sections are looked at; without, or
 * when there is no sitemap yet, every page is found by walking the site.
 */
export async function writeSitemaps(siteDir, site, { changes = null } = {}) {
  const partial = changes ? await changedSitemapFiles(siteDir, site, changes) : null
  let files
  let pages
  let kept = []
  if (partial) ({ files, kept, pages } = partial)
  else {
    const hostname = new URL('/', site).href
    const found = await listPageFiles(siteDir)
    files = await sitemapFiles([...found.keys()].map((page) => new URL(page, hostname).href), site)
    pages = found.size
  }
  const written = []
  for (const [name, content] of files) {
    const target = path.join(siteDir, name)
    const current = await fs.readFile(target).catch(() => null)
    if (current?.equals(content)) continue
    await fs.writeFile(`${target}.tmp-${process.pid}`, content)
    await fs.rename(`${target}.tmp-${process.pid}`, target)
    written.push(name)
  }
  const removed = []
  for (const entry of await fs.readdir(siteDir)) {
    if (/^sitemap-.*\.xml$/.test(entry) && !files.has(entry) && !kept.includes(entry)) {
      await fs.rm(path.join(siteDir, entry), { force: true })
      removed.push(entry)
    }
  }
  return { pages: partial ? null : pages, files: files.size + kept.length, written, removed, partial: Boolean(partial) }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2)
  const changesAt = args.indexOf('--changes')
  const changesFile = changesAt >= 0 ? args.splice(changesAt, 2)[1] : null
  const [siteDir, contentDir] = args
  if (!siteDir || !contentDir) {
    console.error('用法：node site/scripts/sitemaps.mjs <网站目录> <内容快照目录> [--changes <发布记录的变更页面>]')
    process.exit(2)
  }
  readPageChanges(changesFile).then((changes) => writeSitemaps(path.resolve(siteDir), siteUrl(path.resolve(contentDir)), { changes })).then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
