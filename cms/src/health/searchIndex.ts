import fs from 'node:fs/promises'
import path from 'node:path'

import { pageFolder, urls } from '@gov/portal-contract'

import { portalPaths } from '../publishing/paths'
import { RELEASE_MANIFEST } from '../publishing/releases'
import type { HealthSettings, SearchIndexCheck } from './types'

/** Written into a release when its search index was made from its current pages (publishPortal.ts). */
const SEARCH_INDEXED = 'search-indexed'

const mtime = (file: string) => fs.stat(file).then((s) => s.mtimeMs, () => null)

/**
 * The live release's search index (Pagefind shards, `<live>/search-index`): there, how old, and whether it
 * was made from the pages the release holds now. Pages go live first and the index follows, so
 * it may lag for a while; longer than the limit fails. Only file dates are read: cheap at any size.
 */
export async function checkSearchIndex(settings: HealthSettings, now: number, live = portalPaths().live): Promise<SearchIndexCheck> {
  const site = await fs.realpath(live).catch(() => null)
  if (!site) return { status: 'fail', builtAt: null, ageSeconds: null, upToDate: null, detail: '找不到门户发布目录（尚未发布，或本节点看不到门户文件）。' }
  const built = await mtime(path.join(site, pageFolder(urls.searchManifest())))
  if (built === null) return { status: 'fail', builtAt: null, ageSeconds: null, upToDate: null, detail: '门户缺少搜索索引。' }
  const release = path.dirname(site)
  const [pagesAt, indexedAt] = await Promise.all([mtime(path.join(release, RELEASE_MANIFEST)), mtime(path.join(release, SEARCH_INDEXED))])
  const upToDate = pagesAt === null ? null : indexedAt !== null && indexedAt >= pagesAt
  const check: SearchIndexCheck = { status: 'ok', builtAt: new Date(built).toISOString(), ageSeconds: Math.round((now - built) / 1000), upToDate }
  if (upToDate === false && pagesAt !== null && now - pagesAt > settings.maxIndexLagMs) {
    check.status = 'fail'
    check.detail = `搜索索引落后于已上线页面超过 ${Math.round(settings.maxIndexLagMs / 60_000)} 分钟。`
  }
  return check
}
