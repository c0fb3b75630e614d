/**
 * A full build: every page of the portal rendered by the builder's page renderer into a new
 * release. On a machine with several cores the pages of a large portal are split between the
 * builder and one more process per further core; small portals render in the builder alone.
 * The sitemap follows in phase two, as after an incremental publish.
 */
import os from 'node:os'
import path from 'node:path'

import type { PortalManifest } from '@gov/portal-contract'

import { builderEnv, type portalPaths } from './paths'
import { buildWarm } from './siteBuilder'

/** Below this many articles one process is quicker than starting several. */
const SHARE_FROM_ARTICLES = 2000
const MAX_SHARES = 4

function shareCount(articles: number): number {
  if (process.env.PORTAL_RENDER_PROCESSES) return Math.max(1, Number(process.env.PORTAL_RENDER_PROCESSES))
  if (articles < SHARE_FROM_ARTICLES) return 1
  return Math.max(1, Math.min(MAX_SHARES, os.availableParallelism?.() ?? os.cpus().length))
}

/** Renders the whole portal into `<releaseDir>/site`; resolves with the most memory one render process held and the renderer's build time. */
export async function renderAll(paths: ReturnType<typeof portalPaths>, manifest: PortalManifest, releaseDir: string): Promise<{ peakMiB: number | null; rendererMs: number; processes: number }> {
  const processes = shareCount(manifest.counts.articles)
  const result = await buildWarm(paths.root, { env: builderEnv(paths, path.join(releaseDir, 'site')), shares: processes })
  return { peakMiB: result?.peakMiB ?? null, rendererMs: result?.rendererMs ?? 0, processes }
}
