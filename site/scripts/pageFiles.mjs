/**
 * The pages of a built portal: every `index.html`, by URL path (`/articles/12/`), with its size
 * and modification time — found by walking the site, or, when the publisher names the pages it
 * changed, by bringing a known list up to date with only those.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { pageFolder, urls } from '@gov/portal-contract/urls'

/** Folders of a built site that hold no pages: Astro's assets, the snapshot's images, the search index. */
const NOT_PAGES = new Set(['_astro', pageFolder(urls.media('')), pageFolder(urls.searchIndex())])

/** The file of a page's URL path, relative to the site. */
export const pageFile = (url) => (url === '/' ? 'index.html' : `${url.replace(/^\/|\/$/g, '')}/index.html`)

export async function listPageFiles(siteDir) {
  const pages = new Map()
  const walk = async (relative) => {
    const entries = await fs.readdir(path.join(siteDir, relative), { withFileTypes: true })
    await Promise.all(
      entries.map(async (entry) => {
        const child = relative ? `${relative}/${entry.name}` : entry.name
        if (entry.isDirectory()) {
          if (!NOT_PAGES.has(entry.name)) await walk(child)
        } else if (entry.name === 'index.html') {
          const stat = await fs.stat(path.join(siteDir, child))
          pages.set(relative ? `/${relative}/` : '/', { file: child, size: stat.size, mtimeMs: stat.mtimeMs })
        }
      }),
    )
  }
  await walk('')
  return pages
}

async function statPage(siteDir, url) {
  const file = pageFile(url)
  const stat = await fs.stat(path.join(siteDir, file)).catch(() => null)
  return stat?.isFile() ? { file, size: stat.size, mtimeMs: stat.mtimeMs } : null
}

/**
 * The pages of the site after the changes the publisher made since `known` was taken: each
 * changed URL path is looked at again — there now, or gone, and with a gone folder every known
 * page under it. `known` maps URL paths to what was known of them (any value); changed pages
 * get their file, size and modification time.
 *
 * @param {string} siteDir
 * @param {Map<string, unknown>} known
 * @param {Iterable<string>} changes URL paths of pages written or removed
 */
export async function pagesAfterChanges(siteDir, known, changes) {
  const pages = new Map(known)
  for (const url of new Set(changes)) {
    const page = await statPage(siteDir, url)
    if (page) {
      pages.set(url, page)
      continue
    }
    pages.delete(url)
    for (const other of [...pages.keys()].filter((other) => other.startsWith(url))) {
      if (!(await statPage(siteDir, other))) pages.delete(other)
    }
  }
  return pages
}

/** The URL paths a publish recorded as changed (a JSON array), or null when it recorded none. */
export async function readPageChanges(file) {
  if (!file) return null
  try {
    const changes = JSON.parse(await fs.readFile(file, 'utf8'))
    return Array.isArray(changes) && changes.every((url) => typeof url === 'string' && url.startsWith('/')) ? changes : null
  } catch {
    return null
  }
}
