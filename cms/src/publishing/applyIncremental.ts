/**
 * File work of an incremental publish: putting freshly rendered pages in place. Each file is
 * renamed over its old version — atomic per file, so a reader gets the old page or the new,
 * never half of one — article pages first, lists after, so no list links to a page that is
 * not there yet; withdrawn pages go last, after the lists stopped linking to them.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { pageFolder, SECTION_FOLDERS, urls } from '@gov/portal-contract'

/** The folder of the article pages in a built portal. */
const [ARTICLES] = SECTION_FOLDERS.articles

/** Paths of all files under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  // Node 20.12+ names the folder `parentPath` (older: `path`).
  const folder = (e: (typeof entries)[number]) => (e as unknown as { parentPath?: string; path: string }).parentPath ?? (e as unknown as { path: string }).path
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(folder(e), e.name)))
}

const order = (file: string) => (file.startsWith(`${ARTICLES}/`) ? 0 : 1)

/** A page's URL path from its file (`articles/12/index.html` → `/articles/12/`). */
const pageUrl = (file: string) => (path.dirname(file) === '.' ? '/' : `/${path.dirname(file).split(path.sep).join('/')}/`)

/**
 * Moves the rendered files into the live release. `replace` names folders whose pages were
 * all rendered again (a column's list pages, the 政府信息公开 section): pages of theirs that
 * were not rendered this time no longer exist and are removed, as are withdrawn articles.
 * Resolves with the URL paths of the pages written or removed (for the sitemap and search index).
 */
export async function applyRendered(liveDir: string, renderedDir: string, { remove, replace }: { remove: string[]; replace: string[] }): Promise<{ files: number; pages: string[] }> {
  const files = (await filesUnder(renderedDir)).sort((a, b) => order(a) - order(b))
  const madeDirs = new Set<string>()
  for (const file of files) {
    const target = path.join(liveDir, file)
    const parent = path.dirname(target)
    if (!madeDirs.has(parent)) {
      await fs.mkdir(parent, { recursive: true })
      madeDirs.add(parent)
    }
    await fs.rename(path.join(renderedDir, file), target)
  }
  const rendered = new Set(files)
  const changed = files.filter((file) => path.basename(file) === 'index.html').map(pageUrl)
  for (const folder of replace) {
    const pages = (await filesUnder(path.join(liveDir, folder)).catch(() => [] as string[])).filter((f) => path.basename(f) === 'index.html')
    for (const page of pages) {
      const file = path.join(folder, page)
      if (rendered.has(file)) continue
      await fs.rm(path.join(liveDir, path.dirname(file)), { recursive: true, force: true })
      changed.push(pageUrl(file))
    }
  }
  for (const id of remove) {
    const url = urls.article(id)
    await fs.rm(path.join(liveDir, pageFolder(url)), { recursive: true, force: true })
    changed.push(url)
  }
  return { files: files.length, pages: changed }
}

/** How many article pages a built portal holds. */
export async function countArticlePages(siteDir: string): Promise<number> {
  return (await fs.readdir(path.join(siteDir, ARTICLES)).catch(() => [])).length
}
