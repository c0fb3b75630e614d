/**
 * Serves the live portal (the link the publisher swaps) on PORTAL_PORT. Files are read on
 * every request, so a new release is visible as soon as it is activated. Every response carries
 * the portal's security headers; an HTML page's Content-Security-Policy lists the hashes of the
 * inline scripts it runs (docs/security.md gives the same headers for nginx).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { portalPaths } from '../cms/src/publishing/paths'
import { inlineScriptHashes, portalSecurityHeaders } from '../cms/src/lib/securityHeaders'
import { parseTrustedProxies, resolveClient } from '../cms/src/lib/trustedProxy'
import { cmsOrigin } from '../cms/src/lib/webOrigins'

const port = Number(process.env.PORTAL_PORT ?? 4321)
const { live } = portalPaths()
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
const cms = cmsOrigin()

/** Inline-script hashes per page file, recomputed when the file changes (a new release). */
const hashCache = new Map<string, { key: string; hashes: string[] }>()
function scriptHashes(file: string, stats: fs.Stats): string[] {
  const key = `${stats.ino}:${stats.size}:${stats.mtimeMs}`
  const cached = hashCache.get(file)
  if (cached?.key === key) return cached.hashes
  const hashes = inlineScriptHashes(fs.readFileSync(file, 'utf8'))
  if (hashCache.size > 5_000) hashCache.clear()
  hashCache.set(file, { key, hashes })
  return hashes
}

function setSecurityHeaders(req: http.IncomingMessage, res: http.ServerResponse, hashes: string[] = []) {
  const socket = req.socket as http.IncomingMessage['socket'] & { encrypted?: boolean }
  const { proto } = resolveClient(
    { socketAddress: socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], forwardedProto: req.headers['x-forwarded-proto'], encrypted: Boolean(socket.encrypted) },
    trusted,
  )
  for (const [name, value] of Object.entries(portalSecurityHeaders({ https: proto === 'https', cmsOrigin: cms, scriptHashes: hashes }))) {
    res.setHeader(name, value)
  }
}

/** The page file sirv serves for a request path (it tries the path, then .html, then /index.html). */
function pageFile(pathname: string, stats: fs.Stats): string | null {
  const decoded = (() => {
    try {
      return decodeURI(pathname)
    } catch {
      return pathname
    }
  })()
  const base = path.join(live, path.normalize(decoded))
  if (!base.startsWith(live)) return null
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    try {
      if (candidate.endsWith('.html') && fs.statSync(candidate).ino === stats.ino) return candidate
    } catch {
      // not this one
    }
  }
  return null
}

const serve = sirv(live, {
  dev: true,
  extensions: ['html'],
  setHeaders: (res, pathname, stats) => {
    const file = pageFile(pathname, stats)
    if (file) setSecurityHeaders(res.req, res, scriptHashes(file, stats))
  },
})

/** The portal's own 404 page, with the 404 status (sirv would send it as 200). */
function notFound(req: http.IncomingMessage, res: http.ServerResponse) {
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  fs.readFile(path.join(live, '404.html'), (error, page) => {
    if (!error) setSecurityHeaders(req, res, inlineScriptHashes(String(page)))
    res.end(error ? '404' : page)
  })
}

http
  .createServer((req, res) => {
    setSecurityHeaders(req, res)
    // The search index's own bookkeeping (file dates of the pages) is not for the public.
    if (new URL(req.url ?? '/', 'http://portal').pathname === '/search-index/state.json') return notFound(req, res)
    serve(req, res, () => notFound(req, res))
  })
  .listen(port, 'localhost', () => console.log(`门户网站 http://localhost:${port}（${live}）`))
