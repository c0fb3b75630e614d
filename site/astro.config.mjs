import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { mediaAssets } from './src/integrations/mediaAssets.mjs'
import { pageCountGuard } from './src/integrations/pageCountGuard.mjs'
import { searchIndex } from './src/integrations/searchIndex.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const contentDir = process.env.PORTAL_CONTENT_DIR ?? path.join(here, '.content')
const outDir = process.env.PORTAL_OUT_DIR ?? path.join(here, 'dist')

function siteUrl() {
  const file = path.join(contentDir, 'settings.json')
  const domain = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).siteDomain : null
  return process.env.PORTAL_SITE_URL ?? `https://${domain || 'localhost'}`
}

export default defineConfig({
  site: siteUrl(),
  outDir,
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [sitemap({ filter: (page) => !page.includes('/search/') }), pageCountGuard({ contentDir }), mediaAssets({ contentDir }), searchIndex()],
})
