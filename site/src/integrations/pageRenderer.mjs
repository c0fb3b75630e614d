import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * An Astro adapter for the publisher's warm page renderer: built once with `output: 'server'`,
 * its bundle renders any page of the portal on demand through Astro's own App, so an
 * incremental publish renders the few pages a change affects without a Vite/Rollup build.
 * The server entry (pageRendererEntry.mjs) exports `renderPages`; it is given the site's
 * address (requests are made for it, as `astro build` renders pages for it).
 *
 * @returns {import('astro').AstroIntegration}
 */
export function pageRenderer() {
  return {
    name: 'page-renderer',
    hooks: {
      'astro:config:done': ({ config, setAdapter }) => {
        setAdapter({
          name: 'page-renderer',
          serverEntrypoint: fileURLToPath(new URL('./pageRendererEntry.mjs', import.meta.url)),
          exports: ['renderPages'],
          args: { site: config.site },
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable', hybridOutput: 'stable', sharpImageService: 'stable' },
        })
      },
    },
  }
}

/**
 * Renders pages with a renderer's `renderPages` into `outDir`, the way `astro build` lays them
 * out. Resolves with how many pages, and how many article pages, were written. Files are
 * written synchronously: for thousands of small files that is several times quicker than
 * Node's promise API here, and rendering cannot go on meanwhile anyway (it is synchronous work).
 *
 * @param {(onPage: (page: { file: string, body: Buffer }) => Promise<void>, options?: object) => Promise<number>} renderPages
 * @param {string} outDir
 * @param {{ share?: { index: number, of: number } }} [options]
 */
export async function renderInto(renderPages, outDir, options) {
  const folders = new Set()
  let articlePages = 0
  const pages = await renderPages(async ({ file, body }) => {
    const target = path.join(outDir, file)
    const folder = path.dirname(target)
    if (!folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    fs.writeFileSync(target, body)
    if (/^articles\/[^/]+\/index\.html$/.test(file)) articlePages++
  }, options)
  return { pages, articlePages }
}
