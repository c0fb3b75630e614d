/**
 * A full build. Astro renders pages on one thread; on a machine with several cores the
 * article pages are split between parallel builds (shards) of the same site: the first renders
 * every other kind of page and its share of the articles, writing the sitemap with the other
 * shards' article pages named; the others render only their articles, which are then moved
 * into the first one's output. Small portals build in one process.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PortalManifest } from './exportPortalContent'
import { builderEnv, type portalPaths } from './paths'
import { buildOnce } from './siteBuilder'

/** Below this many articles one build is quicker than starting several. */
const SHARD_FROM_ARTICLES = 2000
const MAX_SHARDS = 4

function shardCount(articles: number): number {
  if (process.env.PORTAL_BUILD_SHARDS) return Math.max(1, Number(process.env.PORTAL_BUILD_SHARDS))
  if (articles < SHARD_FROM_ARTICLES) return 1
  return Math.max(1, Math.min(MAX_SHARDS, os.availableParallelism?.() ?? os.cpus().length))
}

/** Renders the whole portal into `<releaseDir>/site`; resolves with the most memory one build held. */
export async function renderAll(paths: ReturnType<typeof portalPaths>, manifest: PortalManifest, releaseDir: string): Promise<{ peakMiB: number | null; shards: number }> {
  const site = path.join(releaseDir, 'site')
  const shards = shardCount(manifest.counts.articles)
  if (shards === 1) return { ...(await buildOnce(paths.root, { env: builderEnv(paths, site) })), shards }

  const ids = manifest.revisions.map((r) => r.id)
  const columns = (JSON.parse(await fs.readFile(path.join(paths.content, 'columns.json'), 'utf8')) as { slug: string }[]).map((c) => c.slug)
  const shareOf = (k: number) => ids.filter((_, i) => i % shards === k)
  const builds = Array.from({ length: shards }, async (_, k) => {
    const scopeFile = path.join(releaseDir, `scope-${k}.json`)
    const first = k === 0
    await fs.writeFile(scopeFile, JSON.stringify({ articles: shareOf(k), columns: first ? columns : [], disclosure: first, submissionLine: first }))
    const env: Record<string, string | undefined> = { ...builderEnv(paths, first ? site : path.join(releaseDir, `shard-${k}`)), PORTAL_SCOPE: scopeFile }
    if (first) {
      const others = ids.filter((_, i) => i % shards !== 0).map((id) => `/articles/${id}/`)
      env.PORTAL_SITEMAP_PAGES = path.join(releaseDir, 'sitemap-pages.json')
      await fs.writeFile(env.PORTAL_SITEMAP_PAGES, JSON.stringify(others))
    } else {
      env.PORTAL_SITEMAP = 'off'
    }
    return buildOnce(paths.root, { env })
  })
  const results = await Promise.all(builds)
  for (let k = 1; k < shards; k++) {
    const from = path.join(releaseDir, `shard-${k}`, 'articles')
    for (const id of await fs.readdir(from)) await fs.rename(path.join(from, id), path.join(site, 'articles', id))
    await fs.rm(path.join(releaseDir, `shard-${k}`), { recursive: true, force: true })
  }
  for (const file of ['sitemap-pages.json', ...Array.from({ length: shards }, (_, k) => `scope-${k}.json`)]) await fs.rm(path.join(releaseDir, file), { force: true })
  const peaks = results.map((r) => r.peakMiB).filter((m): m is number => m !== null)
  return { peakMiB: peaks.length ? Math.max(...peaks) : null, shards }
}
