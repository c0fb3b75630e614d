/**
 * Server entry of the page renderer (see pageRenderer.mjs). `renderPages(onPage)` renders the
 * pages the static build would write under the current PORTAL_SCOPE — every route's
 * getStaticPaths, each path through Astro's App as a prerendered route, so props, pagination
 * and Astro.url are what `astro build` gives them — and hands each page to `onPage`.
 */
import { App } from 'astro/app'

/** Params of every page a paginated list has (what Astro's paginate() yields, without the props). */
function listPaginate(route) {
  const firstPageNumbered = !route.params.includes('...page')
  return (data, { params = {}, pageSize = 10 } = {}) => {
    const last = Math.max(1, Math.ceil(data.length / pageSize))
    return Array.from({ length: last }, (_, i) => ({ params: { ...params, page: i === 0 && !firstPageNumbered ? undefined : String(i + 1) } }))
  }
}

/** Where `astro build` (build.format 'directory') writes a route's path. */
function outputFile(route, pathname) {
  if (route.type === 'endpoint') return pathname.replace(/^\//, '')
  if (pathname === '/404') return '404.html'
  const folder = pathname.replace(/^\/|\/$/g, '')
  return folder ? `${folder}/index.html` : 'index.html'
}

/** The URL a static build renders a path with (directory format: pages end with a slash). */
function requestUrl(site, route, pathname) {
  const url = new URL(pathname, site)
  if (route.type === 'page' && pathname !== '/404' && !url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

export function createExports(manifest) {
  const site = manifest.site ?? 'http://localhost:4321'
  const pageRoutes = manifest.routes.map((r) => r.routeData).filter((r) => (r.type === 'page' || r.type === 'endpoint') && r.origin !== 'internal')
  // Rendered as `astro build` renders them: props from getStaticPaths. (In place: Astro finds a
  // route's styles and scripts by the identity of its route data.)
  for (const route of pageRoutes) route.prerender = true

  async function pathsOf(route) {
    if (route.pathname) return [route.pathname]
    const mod = await (await manifest.pageMap.get(route.component)()).page()
    const paths = await mod.getStaticPaths({ paginate: listPaginate(route), routePattern: route.route })
    return paths.map((p) => route.generate(p.params))
  }

  return {
    /**
     * @param {(page: { file: string, body: Buffer }) => Promise<void>} onPage
     * @param {{ share?: { index: number, of: number } }} [options] render only every `of`-th page, from the `index`-th (renderers side by side)
     * @returns {Promise<number>} pages rendered
     */
    async renderPages(onPage, { share = { index: 0, of: 1 } } = {}) {
      // A new App has an empty route cache: getStaticPaths read the snapshot as it is now. Not
      // streaming: each page is rendered to one string, as `astro build` renders it.
      const app = new App(manifest, false)
      let count = 0
      let position = 0
      for (const route of pageRoutes) {
        for (const pathname of await pathsOf(route)) {
          if (position++ % share.of !== share.index) continue
          const request = new Request(requestUrl(site, route, pathname))
          const response = await app.render(request, { routeData: route })
          if (response.status !== 200 && !(pathname === '/404' && response.status === 404)) {
            throw new Error(`${pathname}：渲染失败（HTTP ${response.status}）`)
          }
          await onPage({ file: outputFile(route, pathname), body: Buffer.from(await response.arrayBuffer()) })
          count++
        }
      }
      return count
    },
  }
}
