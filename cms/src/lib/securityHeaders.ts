/**
 * The security headers of the admin (scripts/admin-server.ts) and the portal
 * (scripts/serve-portal.ts); docs/security.md gives the same for nginx.
 */
import crypto from 'node:crypto'

export type Headers = Record<string, string>

const csp = (directives: Record<string, (string | false | undefined)[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values.filter(Boolean)].join(' '))
    .join('; ')

/** One year; only ever sent on a request that really arrived over HTTPS. */
export const HSTS = 'max-age=31536000'

const common = (https: boolean): Headers => ({
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
})

/**
 * The admin (Next.js + Payload UI): scripts only from the admin itself or carrying this
 * response's nonce (Next.js puts the nonce it finds in the request's CSP on its own inline
 * scripts); inline styles are allowed (React sets style attributes); never framed.
 * Development adds what Next's dev server needs: eval for React's dev tooling and the HMR socket.
 */
export function adminSecurityHeaders(options: { nonce: string; https: boolean; dev: boolean }): Headers {
  const { nonce, https, dev } = options
  return {
    ...common(https),
    'Content-Security-Policy': csp({
      'default-src': ["'self'"],
      'script-src': ["'self'", `'nonce-${nonce}'`, dev && "'unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", dev && 'ws:', dev && 'wss:'],
      'media-src': ["'self'", 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      ...(https ? { 'upgrade-insecure-requests': [] } : {}),
    }),
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/** A fresh nonce per response. */
export const newNonce = () => crypto.randomBytes(18).toString('base64')

/**
 * The static portal: its own scripts, the listed inline scripts (by hash), WebAssembly for
 * Pagefind's search (`'wasm-unsafe-eval'`, its worker from a blob), inline styles (Astro inlines
 * small stylesheets; article bodies carry alignment styles); the 依申请公开 form posts to the CMS.
 * Framed by its own pages only.
 */
export function portalSecurityHeaders(options: { https: boolean; cmsOrigin: string; scriptHashes: string[] }): Headers {
  const { https, cmsOrigin, scriptHashes } = options
  return {
    ...common(https),
    'Content-Security-Policy': csp({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", cmsOrigin],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'", cmsOrigin],
      'frame-ancestors': ["'self'"],
      ...(https ? { 'upgrade-insecure-requests': [] } : {}),
    }),
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

/** `sha256-…` of every inline script a page runs (not external ones, not JSON data blocks). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attrs, body] = match
    if (/\bsrc\s*=/i.test(attrs)) continue
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase()
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue
    hashes.add(`sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}`)
  }
  return [...hashes].sort()
}
