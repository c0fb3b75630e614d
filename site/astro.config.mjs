import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { mediaAssets } from './src/integrations/mediaAssets.mjs'
import { pageCountGuard } from './src/integrations/pageCountGuard.mjs'
import { pageRenderer } from './src/integrations/pageRenderer.mjs'
import { siteUrl } from './src/lib/siteUrl.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = process.env.PORTAL_CONTENT_DIR ?? path.join(here, '.content')
const outDir = process.env.PORTAL_OUT_DIR ?? path.join(here, 'dist')

/**
 * An incremental build renders a few pages; the publisher lists the live portal's other pages
 * (PORTAL_SITEMAP_PAGES, a JSON array of paths) so the sitemap still names every page.
 */
function otherPages(site) {
  const file = process.env.PORTAL_SITEMAP_PAGES
  return file ? JSON.parse(fs.readFileSync(file, 'utf8')).map((page) => new URL(page, site).href) : []
}

const site = siteUrl(contentDir)

/**
 * PORTAL_RENDERER=1 builds the publisher's page renderer (see src/integrations/pageRenderer.mjs)
 * instead of the static portal: the same pages, rendered on demand by incremental publishes.
 */
const renderer = process.env.PORTAL_RENDERER === '1'

export default defineConfig({
  site,
  outDir,
  // Per publisher, so that portals built side by side (tests, benchmarks) never share a store.
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  output: renderer ? 'server' : 'static',
  ...(renderer ? { adapter: pageRenderer() } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The search index is built after the pages are live (scripts/search-index.mjs), not here.
  integrations: renderer ? [] : [
    sitemap({ filter: (page) => !page.includes('/search/'), customPages: otherPages(site) }),
    pageCountGuard({ contentDir }),
    mediaAssets({ contentDir }),
  ],
})
