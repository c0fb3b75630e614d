import fs from 'node:fs'
import path from 'node:path'

import { PORTAL_ENV, type PortalEnvName } from '@gov/portal-contract'

/** The repository root: the nearest folder above the working directory holding the portal. */
export function repositoryRoot(start = process.cwd()): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'site', 'astro.config.mjs'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`找不到门户工程（site/astro.config.mjs），当前目录：${start}`)
  }
}

/**
 * Where the live portal is served from (a symlink to the active release), where releases are
 * built, and the publisher's working folder (the content snapshot kept up to date between
 * publishes, Astro's cache, incremental builds). PORTAL_DIR overrides the live path; the
 * others sit beside it.
 */
export function portalPaths() {
  const root = repositoryRoot()
  const live = path.resolve(process.env.PORTAL_DIR ?? path.join(root, 'site', 'current'))
  const work = `${live}.work`
  return {
    root,
    site: path.join(root, 'site'),
    live,
    releases: `${live}.releases`,
    work,
    content: path.join(work, 'content'),
    cache: path.join(work, 'astro-cache'),
  }
}

/** The variables a portal build reads (site/astro.config.mjs, site/src/lib): everything unset but these. */
export function builderEnv(paths: ReturnType<typeof portalPaths>, outDir: string): Partial<Record<PortalEnvName, string | undefined>> {
  return {
    [PORTAL_ENV.contentDir]: paths.content,
    [PORTAL_ENV.outDir]: outDir,
    [PORTAL_ENV.cacheDir]: paths.cache,
    [PORTAL_ENV.scope]: undefined,
  }
}
