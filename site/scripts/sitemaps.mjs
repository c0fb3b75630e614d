/**
 * Writes the sitemap of a built portal's pages without an Astro build:
 * `node site/scripts/sitemaps.mjs <site dir> <content dir>` (phase two of a publish).
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
import { listPageFiles } from './pageFiles.mjs'

const INDEX = pageFolder(urls.sitemapIndex())
const XMLNS = { news: true, xhtml: true, image: true, video: true }

const render = (stream, items) => streamToPromise(Readable.from(items).pipe(stream))

/** The sitemap files for these page URLs, by file name, the index last. */
export async function sitemapFiles(urls, site) {
  const hostname = new URL('/', site).href
  const sorted = urls.filter(inSitemap).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const sections = new Map([...SITEMAP_SECTIONS, OTHER_PAGES].map((name) => [name, []]))
  for (const url of sorted) sections.get(sitemapSection(url)).push({ url })
  const files = new Map()
  const listed = []
  for (const [name, items] of sections) {
    for (let i = 0; i * SITEMAP_ENTRY_LIMIT < items.length; i++) {
      const file = `sitemap-${name}-${i}.xml`
      files.set(file, await render(new SitemapStream({ hostname, xmlns: XMLNS }), items.slice(i * SITEMAP_ENTRY_LIMIT, (i + 1) * SITEMAP_ENTRY_LIMIT)))
      listed.push({ url: new URL(file, hostname).href })
    }
  }
  files.set(INDEX, await render(new SitemapIndexStream({}), listed))
  return files
}

export async function writeSitemaps(siteDir, site) {
  const hostname = new URL('/', site).href
  const pages = await listPageFiles(siteDir)
  const files = await sitemapFiles([...pages.keys()].map((page) => new URL(page, hostname).href), site)
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
    if (/^sitemap-.*\.xml$/.test(entry) && !files.has(entry)) {
      await fs.rm(path.join(siteDir, entry), { force: true })
      removed.push(entry)
    }
  }
  return { pages: pages.size, files: files.size, written, removed }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [siteDir, contentDir] = process.argv.slice(2)
  if (!siteDir || !contentDir) {
    console.error('用法：node site/scripts/sitemaps.mjs <网站目录> <内容快照目录>')
    process.exit(2)
  }
  writeSitemaps(path.resolve(siteDir), siteUrl(path.resolve(contentDir))).then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
