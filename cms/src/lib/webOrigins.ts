/**
 * The origins the admin and the portal are reached at, for the CSRF allowlist, cookie flags and
 * the portal's Content-Security-Policy.
 *
 * - ADMIN_PUBLIC_URL (else CMS_PUBLIC_URL, else http://localhost:$PORT): the address users type
 *   to reach the admin. A cookie-authenticated request whose Origin is not an admin origin is
 *   served as anonymous (Payload's `csrf` allowlist).
 * - PORTAL_URL (else http://localhost:$PORTAL_PORT): the portal, whose 依申请公开 form posts to
 *   the CMS's public endpoint (that endpoint needs no cookie).
 * - ADMIN_INSECURE_HTTP=1: the admin runs on plain http (an intranet without TLS), so session
 *   cookies cannot be marked Secure even in production.
 */
import { isProduction } from './env'

/** `https://Example.gov.cn/admin/` → `https://example.gov.cn`; null for what is not a URL. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    const { origin } = new URL(url)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

const adminPort = () => process.env.PORT ?? '3000'

/** Origins that may send the admin's session cookie with a request. */
export function adminOrigins(): string[] {
  const configured = [process.env.ADMIN_PUBLIC_URL, process.env.CMS_PUBLIC_URL].map(originOf)
  const local = isProduction && configured.some(Boolean) ? [] : [`http://localhost:${adminPort()}`, `http://127.0.0.1:${adminPort()}`]
  return [...new Set([...configured, ...local].filter((o): o is string => Boolean(o)))]
}

/** The CMS origin the portal's form posts to. */
export function cmsOrigin(): string {
  return originOf(process.env.CMS_PUBLIC_URL) ?? `http://localhost:${adminPort()}`
}

/** The portal's origin. */
export function portalOrigin(): string {
  return originOf(process.env.PORTAL_URL) ?? `http://localhost:${process.env.PORTAL_PORT ?? 4321}`
}

/** Session cookies are Secure in production unless the operator says the admin is plain http. */
export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env.ADMIN_INSECURE_HTTP !== '1'
}
