/**
 * Builds the portal's Chinese full-text search index with Pagefind's extended build (it
 * segments Chinese on pages that say lang="zh-CN") and swaps it in: the index is written to
 * pagefind-<stamp>/ beside the pages and the `pagefind` link is renamed over, so searches
 * never see half an index. Runs after the pages are live, as the slow second phase of a
 * publish: `node site/scripts/search-index.mjs <site dir>`.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import * as pagefind from 'pagefind'

export async function buildSearchIndex(siteDir) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = `pagefind-${stamp}`
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
  if (!index) throw new Error(`搜索索引创建失败：${errors.join('；')}`)
  try {
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length) throw new Error(`搜索索引失败：${added.errors.join('；')}`)
    await index.writeFiles({ outputPath: path.join(siteDir, target) })
    const link = path.join(siteDir, 'pagefind')
    const previous = await fs.lstat(link).catch(() => null)
    if (previous?.isDirectory()) await fs.rm(link, { recursive: true })
    const staging = `${link}.next-${process.pid}`
    await fs.symlink(target, staging)
    await fs.rename(staging, link)
    // Earlier indexes of this release are no longer linked.
    for (const entry of await fs.readdir(siteDir)) {
      if (entry.startsWith('pagefind-') && entry !== target) await fs.rm(path.join(siteDir, entry), { recursive: true, force: true })
    }
    return { pages: added.page_count, dir: target }
  } finally {
    await pagefind.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const siteDir = process.argv[2]
  if (!siteDir) {
    console.error('用法：node site/scripts/search-index.mjs <网站目录>')
    process.exit(2)
  }
  buildSearchIndex(path.resolve(siteDir)).then(
    (result) => console.log(JSON.stringify(result)),
    (error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
