import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as pagefind from 'pagefind'

/**
 * Builds the Chinese full-text search index with Pagefind's extended build (it segments Chinese
 * when pages say lang="zh-CN"), from the static pages, after every build.
 *
 * @returns {import('astro').AstroIntegration}
 */
export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
        if (!index) throw new Error(`搜索索引创建失败：${errors.join('；')}`)
        const added = await index.addDirectory({ path: site })
        if (added.errors.length) throw new Error(`搜索索引失败：${added.errors.join('；')}`)
        await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
        await pagefind.close()
        logger.info(`${added.page_count} pages indexed for search`)
      },
    },
  }
}
