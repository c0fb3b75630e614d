/**
 * What the first search costs a reader: the live portal served by sirv (as the portal server
 * does, without compression or headers), its search page opened in Chromium with a query, and
 * every response after the page's own HTML counted until the page says 找到 or 没有找到. The
 * bytes are counted where the server writes them: Pagefind (1.6) searches in a Web Worker,
 * whose fetches (its WebAssembly, index chunks, fragments) neither page.on('response') nor the
 * page's DevTools session see. A fresh browser profile: nothing cached.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import sirv from 'sirv'

import { openBrowser } from '../tests/e2e/browser'

export type SearchPayload = {
  query: string
  status: string
  /** Response bodies after the search page's HTML, in kB (1,000 bytes). */
  kB: number
  requests: number
  /** From opening the page until the status line showed the outcome. */
  ms: number
  /** The largest responses, for the report. */
  largest: { path: string; kB: number }[]
  /** Of the total, what the search index (manifest, loader, Pagefind and its shards' files) took. */
  searchIndexKB: number
}

export async function measureSearchPayload(siteDir: string, query: string): Promise<SearchPayload> {
  const serve = sirv(siteDir, { dev: true })
  const served: { path: string; bytes: number }[] = []
  const server = http
    .createServer((req, res) => {
      let bytes = 0
      const write = res.write.bind(res) as (...args: unknown[]) => boolean
      const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse
      const count = (chunk: unknown) => {
        if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk)
        else if (chunk instanceof Uint8Array) bytes += chunk.byteLength
      }
      res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as typeof res.write
      res.end = ((chunk?: unknown, ...rest: unknown[]) => (typeof chunk !== 'function' && count(chunk), end(chunk, ...rest))) as typeof res.end
      res.on('finish', () => served.push({ path: req.url ?? '', bytes }))
      serve(req, res, () => {
        res.statusCode = 404
        res.end()
      })
    })
    .listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await openBrowser()
  try {
    const pagePath = `/search/?q=${encodeURIComponent(query)}`
    const started = Date.now()
    await browser.page.goto(`${base}${pagePath}`)
    await browser.page.waitForFunction(() => /找到|暂时不可用/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 180_000 })
    const ms = Date.now() - started
    const status = (await browser.page.textContent('#search-status')) ?? ''
    if (!/找到/.test(status)) throw new Error(`search page: ${status}`)
    // Responses still being written when the status line changed.
    await browser.page.waitForTimeout(500)
    const first = served.findIndex((r) => r.path === pagePath)
    if (first < 0) throw new Error('the search page was not served')
    const responses = served.filter((_, i) => i !== first)
    const kB = (bytes: number) => Math.round(bytes / 100) / 10
    return {
      query,
      status,
      kB: kB(responses.reduce((sum, r) => sum + r.bytes, 0)),
      requests: responses.length,
      ms,
      largest: [...responses]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 5)
        .map((r) => ({ path: r.path, kB: kB(r.bytes) })),
      searchIndexKB: kB(responses.filter((r) => r.path.startsWith('/search-index/')).reduce((sum, r) => sum + r.bytes, 0)),
    }
  } finally {
    await browser.close()
    server.close()
  }
}
