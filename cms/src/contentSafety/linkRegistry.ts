/**
 * 网站链接备案 (第六章 链接管理): external sites the portal links to are registered through the
 * 网站链接备案表 and approved in review. The content checks warn about a link to a host the
 * registry does not hold (or holds no longer); `checkRegisteredLinks` visits every registered
 * link on a schedule and keeps the result with it.
 */
import type { PayloadRequest } from 'payload'

import { portalUrl } from '../lib/env'
import { isPrivateHost, probeExternal } from './linkCheck'
import type { LinkRef } from './types'

/** The host of an http(s) address, lower case and without a leading www.; null for anything else. */
export function hostOf(raw: string): string | null {
  try {
    const url = new URL(raw.trim())
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/** Hosts of the registry's active links. */
export async function registeredHosts(req: PayloadRequest): Promise<Set<string>> {
  const found = await req.payload.find({
    collection: 'registered-links',
    where: { active: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { host: true },
  })
  return new Set(found.docs.map((d) => String((d as { host?: string }).host ?? '')).filter(Boolean))
}

/** Links of an item that leave the portal for a host not registered, one per host. */
export async function findUnregisteredLinks(req: PayloadRequest, links: LinkRef[]): Promise<(LinkRef & { host: string })[]> {
  const own = hostOf(portalUrl())
  const external = links
    .map((link) => ({ ...link, host: /^https?:\/\//i.test(link.url.trim()) ? hostOf(link.url) : null }))
    .filter((link): link is LinkRef & { host: string } => Boolean(link.host) && link.host !== own)
  if (external.length === 0) return []
  const registered = await registeredHosts(req)
  const seen = new Set<string>()
  return external.filter((link) => !registered.has(link.host) && !seen.has(link.host) && seen.add(link.host))
}

export type LinkCheckOutcome = { checked: number; dead: number; skipped: number }

/** Visits every active registered link and stores what it found (time, 正常/无法访问, why). */
export async function checkRegisteredLinks(req: PayloadRequest, now = new Date()): Promise<LinkCheckOutcome> {
  const found = await req.payload.find({ collection: 'registered-links', where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true, req })
  const outcome: LinkCheckOutcome = { checked: 0, dead: 0, skipped: 0 }
  type Result = { lastStatus: 'ok' | 'dead' | 'skipped'; lastResult: string }
  const probe = async (raw: string): Promise<Result> => {
    const url = new URL(raw)
    if (isPrivateHost(url.hostname) && process.env.LINK_CHECK_PRIVATE !== 'allow') return { lastStatus: 'skipped', lastResult: '内网地址，按设置不检测' }
    const { dead, status } = await probeExternal(url, 10_000)
    return dead ? { lastStatus: 'dead', lastResult: dead } : { lastStatus: 'ok', lastResult: `可以访问（HTTP ${status}）` }
  }
  // Asked a few at a time; written one after the other (one transaction, one connection).
  const results: Result[] = []
  for (let i = 0; i < found.docs.length; i += 4) results.push(...(await Promise.all(found.docs.slice(i, i + 4).map((link) => probe(link.url)))))
  for (const [i, link] of found.docs.entries()) {
    const result = results[i]
    if (result.lastStatus === 'skipped') outcome.skipped++
    else outcome.checked++
    if (result.lastStatus === 'dead') outcome.dead++
    await req.payload.update({
      collection: 'registered-links',
      id: link.id,
      overrideAccess: true,
      req,
      data: {
        ...result,
        lastCheckedAt: now.toISOString(),
        failures: result.lastStatus === 'dead' ? (link.failures ?? 0) + 1 : result.lastStatus === 'ok' ? 0 : (link.failures ?? 0),
      },
    })
  }
  return outcome
}
