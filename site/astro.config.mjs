import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import { PORTAL_ENV } from '@gov/portal-contract/env'
import { defineConfig } from 'astro/config'

import { mediaAssets } from './src/integrations/mediaAssets.mjs'
import { pageCountGuard } from './src/integrations/pageCountGuard.mjs'
import { pageRenderer } from './src/integrations/pageRenderer.mjs'
import { inSitemap, SITEMAP_SECTIONS, sitemapSection } from './src/lib/sitemapSections.mjs'
import { siteUrl } from './src/lib/siteUrl.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = process.env[PORTAL_ENV.contentDir] ?? path.join(here, '.content')
const outDir = process.env[PORTAL_ENV.outDir] ?? path.join(here, 'dist')

const site = siteUrl(contentDir)

/**
 * PORTAL_RENDERER=1 builds the publisher's page renderer (see src/integrations/pageRenderer.mjs)
 * instead of the static portal: the same pages, rendered on demand by incremental publishes.
 */
const renderer = process.env[PORTAL_ENV.renderer] === '1'

export default defineConfig({
  site,
  outDir,
  // Per publisher, so that portals built side by side (tests, benchmarks) never share a store.
  cacheDir: process.env[PORTAL_ENV.cacheDir] ?? './node_modules/.astro',
  output: renderer ? 'server' : 'static',
  ...(renderer ? { adapter: pageRenderer() } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The search index is built after the pages are live (scripts/search-index.mjs), not here.
  integrations: renderer ? [] : [
    // By section, as the publisher writes it for the live pages (site/scripts/sitemaps.mjs).
    sitemap({
      filter: inSitemap,
      chunks: Object.fromEntries(SITEMAP_SECTIONS.map((section) => [section, (item) => (sitemapSection(item.url) === section ? item : undefined)])),
    }),
    pageCountGuard({ contentDir }),
    mediaAssets({ contentDir }),
  ],
})
