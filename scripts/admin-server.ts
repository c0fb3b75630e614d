/**
 * The admin's HTTP server: Next.js (Payload's admin and API) through Next's custom-server API,
 * so that before Next sees a request
 * - X-Forwarded-For / X-Forwarded-Proto hold the one real client address and scheme (the
 *   socket's, or behind a proxy listed in TRUSTED_PROXIES the right-most untrusted hop), and
 *   whatever the client wrote there itself is gone;
 * - public endpoints refuse a body over their limit (413) from Content-Length, unread;
 * - every response carries the security headers, with a fresh CSP nonce Next puts on its scripts.
 *
 * `NODE_ENV=production` serves the `next build`; otherwise it runs Next's dev server.
 * Port: `--port N`, else PORT, else 3000.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { lengthRequiredMessage, publicBodyLimit, tooLargeMessage } from '../cms/src/lib/publicBodyLimits'
import { adminSecurityHeaders, newNonce } from '../cms/src/lib/securityHeaders'
import { parseTrustedProxies, resolveClient, type TrustedProxies } from '../cms/src/lib/trustedProxy'

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cms')

/** Rewrites the forwarding headers to what the server itself knows (see cms/src/lib/trustedProxy.ts). */
export function applyClientHeaders(req: http.IncomingMessage, trusted: TrustedProxies): { https: boolean } {
  const socket = req.socket as http.IncomingMessage['socket'] & { encrypted?: boolean }
  const client = resolveClient(
    { socketAddress: socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], forwardedProto: req.headers['x-forwarded-proto'], encrypted: Boolean(socket.encrypted) },
    trusted,
  )
  const viaProxy = trusted(socket.remoteAddress ?? '')
  req.headers['x-forwarded-for'] = client.address
  req.headers['x-forwarded-proto'] = client.proto
  req.headers['x-real-ip'] = client.address
  delete req.headers.forwarded
  if (!viaProxy) {
    delete req.headers['x-forwarded-host']
    delete req.headers['x-forwarded-port']
  }
  return { https: client.proto === 'https' }
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: 411 | 413, message: string) {
  const form = /application\/x-www-form-urlencoded|multipart\/form-data/.test(req.headers['content-type'] ?? '')
  // Close the connection instead of reading (and discarding) the rest of the body.
  res.writeHead(status, { 'Content-Type': form ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8', Connection: 'close', 'Cache-Control': 'no-store' })
  res.end(
    form
      ? `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>提交失败</title></head><body><main><h1>提交失败</h1><p role="alert">${message}</p><p>请使用浏览器的“后退”返回，已填写的内容仍在表单中。</p></main></body></html>`
      : JSON.stringify({ errors: [{ message }] }),
  )
}

/** Refuses an oversized body on a public endpoint before it is read; true when refused. */
export function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false
  const pathname = (req.url ?? '/').split('?')[0]
  const credentials = Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')
  const limit = publicBodyLimit(pathname, credentials)
  if (limit === null) return false
  const declared = req.headers['content-length']
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return false // no body
    refuse(req, res, 411, lengthRequiredMessage)
    return true
  }
  if (Number(declared) > limit) {
    refuse(req, res, 413, tooLargeMessage(limit))
    return true
  }
  return false
}

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>

/** What the server does with each request before handing it to Next (`handle`). */
export function adminRequestListener(handle: Handle, options: { trusted: TrustedProxies; dev: boolean }): http.RequestListener {
  return (req, res) => {
    const { https } = applyClientHeaders(req, options.trusted)
    const headers = adminSecurityHeaders({ nonce: newNonce(), https, dev: options.dev })
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    // Next reads the nonce from the request's policy, as it does when middleware sets one.
    req.headers['content-security-policy'] = headers['Content-Security-Policy']
    if (refuseOversizedBody(req, res)) return
    handle(req, res).catch((error) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('服务器内部错误')
    })
  }
}

export async function startAdminServer(options: { port: number; dev: boolean; hostname?: string }) {
  const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)
  const app = next({ dev: options.dev, dir: CMS_DIR, hostname: options.hostname ?? 'localhost', port: options.port })
  await app.prepare()
  const server = http.createServer(adminRequestListener(app.getRequestHandler(), { trusted, dev: options.dev }))
  await new Promise<void>((resolve) => server.listen(options.port, resolve))
  return {
    server,
    close: async () => {
      server.closeAllConnections?.()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await app.close()
    },
  }
}

function portArgument(): number {
  const index = process.argv.indexOf('--port')
  return Number(index >= 0 ? process.argv[index + 1] : (process.env.PORT ?? 3000))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dev = process.env.NODE_ENV !== 'production'
  const port = portArgument()
  // This process is the admin: its reads may use DATABASE_READ_REPLICAS (cms/src/lib/env.ts).
  process.env.GOV_ADMIN_SERVER = '1'
  if (!process.env.TRUSTED_PROXIES && !dev) {
    console.warn('未设置 TRUSTED_PROXIES：按连接地址识别客户端。如管理后台位于反向代理之后，请将代理地址写入 TRUSTED_PROXIES（见 docs/security.md）。')
  }
  startAdminServer({ port, dev })
    .then(({ close }) => {
      console.log(`管理后台 http://localhost:${port}/admin（${dev ? '开发' : '生产'}模式）`)
      const stop = () => {
        // Next's dev server may keep the process alive after closing; do not wait for it long.
        setTimeout(() => process.exit(0), 3000).unref()
        void close().finally(() => process.exit(0))
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    })
}
