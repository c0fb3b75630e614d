/**
 * What a visitor meets on the live portal: whether it answers, broken links (a crawl of the
 * live release on disk: every internal link, a sample of external ones asked with a timeout),
 * the site identity in the footer, and the search.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { pageFolder, urls } from '@gov/portal-contract'

import { externalDeadReason, isPrivateHost, liveFileExists } from '../contentSafety/linkCheck'
import { portalUrl } from '../lib/env'
import { portalPaths } from '../publishing/paths'
import type { InspectionItem, InspectionSettingsData } from './types'

const PAGE_LIMIT = 20_000
const ANSWER_TIMEOUT_MS = 15_000

function htmlFiles(dir: string, out: string[] = []): string[] {
  if (out.length >= PAGE_LIMIT || !fs.existsSync(dir)) return out
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== pageFolder(urls.searchIndex()) && entry.name !== '_astro') htmlFiles(full, out)
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full)
    if (out.length >= PAGE_LIMIT) break
  }
  return out
}

async function portalAnswers(): Promise<InspectionItem[]> {
  const url = portalUrl()
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS), redirect: 'follow' })
    await response.body?.cancel().catch(() => {})
    if (response.ok) return []
    return [{ level: 'veto', indicator: '站点无法访问', target: url, detail: `门户首页返回 ${response.status}。`, advice: '检查门户服务器与发布目录。' }]
  } catch (error) {
    const timeout = (error as Error).name === 'TimeoutError'
    return [{ level: 'veto', indicator: '站点无法访问', target: url, detail: timeout ? `门户首页 ${ANSWER_TIMEOUT_MS / 1000} 秒内未打开。` : '门户首页无法访问。', advice: '检查门户服务器、域名解析与网络。' }]
  }
}

async function brokenLinks(live: string, settings: InspectionSettingsData): Promise<InspectionItem[]> {
  const portal = new URL(portalUrl())
  const items: InspectionItem[] = []
  const external = new Map<string, string>()
  const missing = new Map<string, string>()
  for (const file of htmlFiles(live)) {
    const pagePath = `/${path.relative(live, file).split(path.sep).join('/')}`.replace(/index\.html$/, '')
    const html = fs.readFileSync(file, 'utf8')
    for (const match of html.matchAll(/\s(?:href|src)="([^"#][^"]*)"/g)) {
      const raw = match[1].replace(/&amp;/g, '&')
      if (/^(mailto|tel|javascript|data):/i.test(raw)) continue
      let url: URL
      try {
        url = new URL(raw, new URL(pagePath, portal))
      } catch {
        continue
      }
      if (url.host === portal.host) {
        if (!missing.has(url.pathname) && !liveFileExists(url.pathname, live)) missing.set(url.pathname, pagePath)
      } else if ((url.protocol === 'http:' || url.protocol === 'https:') && !external.has(url.href)) {
        external.set(url.href, pagePath)
      }
    }
  }
  for (const [target, page] of missing) {
    items.push({ level: 'deduct', indicator: '链接不可用（站内）', target: `页面 ${page}`, detail: `链接 ${target} 指向的页面不存在。`, advice: '修改或删除该链接，重新发布。' })
  }
  const candidates = [...external].filter(([href]) => !isPrivateHost(new URL(href).hostname) || process.env.LINK_CHECK_PRIVATE === 'allow')
  const sample = candidates.sort(() => Math.random() - 0.5).slice(0, settings.externalLinkSample)
  for (let i = 0; i < sample.length; i += 4) {
    const batch = sample.slice(i, i + 4)
    const reasons = await Promise.all(batch.map(([href]) => externalDeadReason(new URL(href))))
    batch.forEach(([href, page], j) => {
      if (reasons[j]) items.push({ level: 'deduct', indicator: '链接不可用（外部，抽查）', target: `页面 ${page}`, detail: `链接 ${href}：${reasons[j]}。`, advice: '核实对方网站后修改或删除该链接。' })
    })
  }
  return items
}

type Identity = { siteIdCode?: string | null; icpRecord?: string | null; psbRecord?: string | null; conacMarkUrl?: string | null; conacMark?: unknown }

function identity(settings: Identity): InspectionItem[] {
  const missing: [string, string][] = []
  if (!settings.siteIdCode) missing.push(['网站标识码', '在“网站设置”中填写网站标识码（由全国政府网站信息报送系统分配）。'])
  if (!settings.icpRecord) missing.push(['ICP备案编号', '在“网站设置”中填写ICP备案编号。'])
  if (!settings.psbRecord) missing.push(['公安机关备案标识', '在“网站设置”中填写公安备案号及链接。'])
  if (!settings.conacMarkUrl && !settings.conacMark) missing.push(['党政机关网站标识', '在“网站设置”中填写党政机关网站标识的核验链接并上传标识图片。'])
  else if (!settings.conacMark) missing.push(['党政机关网站标识图片', '在“网站设置”中上传机构编制部门核发的标识图片。'])
  else if (!settings.conacMarkUrl) missing.push(['党政机关网站标识的核验链接', '在“网站设置”中填写标识的核验链接。'])
  return missing.map(([what, advice]) => ({ level: 'deduct', indicator: '网站标识不规范', target: '页面底部', detail: `缺少${what}。`, advice }))
}

export async function checkLiveSite(req: PayloadRequest, settings: InspectionSettingsData): Promise<InspectionItem[]> {
  const live = portalPaths().live
  const items: InspectionItem[] = [...(await portalAnswers())]
  if (!fs.existsSync(path.join(live, 'index.html'))) {
    items.push({ level: 'veto', indicator: '站点无法访问', target: live, detail: '门户尚未发布（发布目录中没有首页）。', advice: '在“发布记录”中执行一次全量发布。' })
    return items
  }
  items.push(...(await brokenLinks(live, settings)))
  items.push(...identity((await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as Identity))
  if (!fs.existsSync(path.join(live, pageFolder(urls.searchManifest())))) {
    items.push({ level: 'deduct', indicator: '搜索功能不可用', target: '站内搜索', detail: '门户缺少搜索索引。', advice: '重新执行全量发布以生成搜索索引。' })
  }
  return items
}
