/**
 * Dead links in an item. Internal links (relative, or to the portal's own address) are looked
 * up in the live release on disk; external links get a bounded check: at most
 * MAX_EXTERNAL links per item, a few at a time, each with a timeout, results remembered for a
 * while so a run of signatures does not ask the same site again. Addresses on the server's
 * own network (localhost, private ranges) are not requested unless LINK_CHECK_PRIVATE=allow:
 * an author must not be able to probe the intranet through the checker.
 */
import fs from 'node:fs'
import { isIP } from 'node:net'
import path from 'node:path'

import { portalUrl } from '../lib/env'
import { portalPaths } from '../publishing/paths'
import type { LinkRef } from './types'

const MAX_EXTERNAL = 10
const CONCURRENCY = 4
const TIMEOUT_MS = 3000
const REMEMBER_MS = 10 * 60 * 1000

export type DeadLink = LinkRef & { reason: string }

const remembered = new Map<string, { at: number; dead: string | null }>()

export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true
  if (isIP(host) === 4) return /^(10\.|127\.|0\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host)
  if (isIP(host) === 6) return host === '::1' || /^(fc|fd|fe80)/.test(host)
  return false
}

/** Whether the live portal (or the release folder `live`) has a file for an internal path. */
export function liveFileExists(pathname: string, live = portalPaths().live): boolean {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return false
  }
  const target = path.resolve(live, `.${decoded}`)
  if (target !== live && !target.startsWith(`${live}${path.sep}`)) return false
  for (const candidate of [target, path.join(target, 'index.html'), `${target}.html`]) {
    try {
      if (fs.statSync(candidate).isFile()) return true
    } catch {
      // try the next form
    }
  }
  return false
}

/** Asks an external address once (HEAD, then GET where HEAD is refused): null when it answers, else why not. */
export async function probeExternal(url: URL, timeoutMs = TIMEOUT_MS): Promise<{ dead: string | null; status: number | null }> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
    // Some servers refuse HEAD; ask once more with GET before calling the link dead.
    if (response.status === 405 || response.status === 501) response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
    await response.body?.cancel().catch(() => {})
    return { dead: response.status >= 400 ? `对方网站返回 ${response.status}` : null, status: response.status }
  } catch (error) {
    return { dead: (error as Error).name === 'TimeoutError' ? `${timeoutMs / 1000} 秒内无响应` : '无法访问（域名或网络错误）', status: null }
  }
}

export async function externalDeadReason(url: URL): Promise<string | null> {
  const key = url.href
  const known = remembered.get(key)
  if (known && Date.now() - known.at < REMEMBER_MS) return known.dead
  const { dead } = await probeExternal(url)
  remembered.set(key, { at: Date.now(), dead })
  return dead
}

export async function findDeadLinks(links: LinkRef[]): Promise<DeadLink[]> {
  const portal = new URL(portalUrl())
  const dead: DeadLink[] = []
  const external: { link: LinkRef; url: URL }[] = []
  const seen = new Set<string>()
  for (const link of links) {
    const raw = link.url.trim()
    if (!raw || raw.startsWith('#') || /^(mailto|tel):/i.test(raw) || seen.has(raw)) continue
    seen.add(raw)
    let url: URL
    try {
      url = new URL(raw, portal)
    } catch {
      dead.push({ ...link, reason: '链接地址格式有误' })
      continue
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      dead.push({ ...link, reason: `不支持的链接协议 ${url.protocol}` })
      continue
    }
    if (url.host === portal.host) {
      // Before the first publish there is no live portal to check against.
      if (fs.existsSync(portalPaths().live) && !liveFileExists(url.pathname)) dead.push({ ...link, reason: '门户上没有这个页面' })
      continue
    }
    if (isPrivateHost(url.hostname) && process.env.LINK_CHECK_PRIVATE !== 'allow') continue
    if (external.length < MAX_EXTERNAL) external.push({ link, url })
  }
  for (let i = 0; i < external.length; i += CONCURRENCY) {
    const batch = external.slice(i, i + CONCURRENCY)
    const reasons = await Promise.all(batch.map(({ url }) => externalDeadReason(url)))
    batch.forEach(({ link }, j) => reasons[j] && dead.push({ ...link, reason: reasons[j]! }))
  }
  return dead
}
