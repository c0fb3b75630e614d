/**
 * Server entry of the page renderer (see pageRenderer.mjs). `renderPages(onPage)` renders every
 * page of the portal under the current PORTAL_SCOPE — the addresses src/lib/pages/routes.ts
 * lists, which the static build's getStaticPaths list too — on demand through Astro's App,
 * as an adapter does (`app.match`, `app.render`), and hands each page to `onPage`. Pages read
 * their data from their params, so what they show does not depend on how they were reached.
 */
import { App } from 'astro/app'

import { pagePaths } from '../lib/pages/routes'

/** Where `astro build` (build.format 'directory') writes the page or file at `pathname`. */
function outputFile(pathname) {
  if (pathname === '/404') return '404.html'
  return pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1)
}

/**
 * @param {import('astro').SSRManifest} manifest
 * @param {{ site?: string }} args what the adapter passed on (pageRenderer.mjs)
 */
export function createExports(manifest, { site = 'http://localhost:4321' } = {}) {
  return {
    /**
     * @param {(page: { file: string, body: Buffer }) => Promise<void>} onPage
     * @param {{ share?: { index: number, of: number } }} [options] render only every `of`-th page, from the `index`-th (renderers side by side)
     * @returns {Promise<number>} pages rendered
     */
    async renderPages(onPage, { share = { index: 0, of: 1 } } = {}) {
      // Not streaming: each page is rendered to one string, as `astro build` renders it.
      const app = new App(manifest, false)
      let count = 0
      let position = 0
      for (const pathname of await pagePaths()) {
        if (position++ % share.of !== share.index) continue
        const request = new Request(new URL(pathname, site))
        const routeData = app.match(request)
        if (!routeData) throw new Error(`${pathname}：没有对应的页面`)
        const response = await app.render(request, { routeData })
        if (response.status !== 200 && !(pathname === '/404' && response.status === 404)) {
          throw new Error(`${pathname}：渲染失败（HTTP ${response.status}）`)
        }
        await onPage({ file: outputFile(pathname), body: Buffer.from(await response.arrayBuffer()) })
        count++
      }
      return count
    },
  }
}
