/** The pages of a built portal: every `index.html`, by URL path, with its size and modification time. */
import fs from 'node:fs/promises'
import path from 'node:path'

import { pageFolder, urls } from '@gov/portal-contract/urls'

/** Folders of a built site that hold no pages: Astro's assets, the snapshot's images, the search index. */
const NOT_PAGES = new Set(['_astro', pageFolder(urls.media('')), pageFolder(urls.searchIndex())])

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
