/**
 * Recall of the Chinese search in the browser: pages naming common government terms are indexed
 * into several shards by site/scripts/search-index.mjs (the version of Pagefind the portal pins),
 * and the portal's own shard loader (site/scripts/search-client.mjs) finds every page for each
 * term in Chromium — including terms inside longer phrases, where index-time and query-time
 * segmentation have disagreed between Pagefind versions — first in the recent shards, then,
 * after `more()`, in the older ones. A withdrawn page is no longer found.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import sirv from 'sirv'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// @ts-expect-error plain ES module of the site
import { updateSearchIndex } from '../../site/scripts/search-index.mjs'
import { openBrowser } from './browser'

/** Each term, and sentences that use it the way documents do. */
const TERMS: Record<string, string[]> = {
  营商环境: ['关于进一步优化营商环境的若干措施', '县营商环境评价结果公布'],
  乡村振兴: ['全面推进乡村振兴重点工作的实施意见', '乡村振兴示范村建设名单'],
  政府信息公开: ['2025年政府信息公开工作年度报告', '政府信息公开申请办理指南'],
  行政许可: ['行政许可事项清单（2026年版）', '关于取消和下放一批行政许可事项的通知'],
  一网通办: ['政务服务一网通办改革工作方案'],
  最低生活保障: ['城乡最低生活保障标准调整的通知'],
  安全生产: ['安全生产月活动安排', '安全生产专项整治三年行动'],
  人居环境整治: ['农村人居环境整治提升五年行动方案'],
  河长制: ['全面推行河长制工作情况通报'],
  放管服: ['深化放管服改革优化营商服务'],
}

let site: string
let server: http.Server
let base: string
let browser: Awaited<ReturnType<typeof openBrowser>>
/** URL → term, as written. */
const expected = new Map<string, string>()

function writePage(url: string, title: string, date: string, body: string) {
  const dir = path.join(site, url)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><meta name="PubDate" content="${date}"></head><body><article data-pagefind-body><h1>${title}</h1><p>${body}</p></article></body></html>`,
  )
}

beforeAll(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-recall-'))
  let n = 0
  for (const [term, titles] of Object.entries(TERMS)) {
    for (const title of titles) {
      // Spread over six years, so the terms sit in different shards.
      const year = 2021 + (n % 6)
      writePage(`articles/${n}`, title, `${year}-0${1 + (n % 9)}-15`, `${title}。各乡镇人民政府、县直各单位：现将有关事项通知如下，请认真贯彻落实。`)
      expected.set(`/articles/${n}/`, term)
      n += 1
    }
  }
  // Pages that name none of the terms.
  for (let i = 0; i < 20; i++) writePage(`articles/other-${i}`, `县政府常务会议纪要第${i}期`, `202${1 + (i % 6)}-03-0${1 + (i % 9)}`, '会议研究了其他事项。')
  fs.writeFileSync(path.join(site, 'harness.html'), HARNESS)
  await updateSearchIndex(site)

  server = http.createServer(sirv(site, { dev: true })).listen(0)
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
  server?.close()
  fs.rmSync(site, { recursive: true, force: true })
})

/** A page that opens the index as the portal's search page does and searches each term given. */
const HARNESS = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script type="module">
window.searchTerms = async (terms, { firstPages, more }) => {
  const manifest = await (await fetch('/search-index/manifest.json', { cache: 'no-cache' })).json()
  const { openSearch } = await import('/search-index/' + manifest.client)
  const index = await openSearch('/search-index/', firstPages ? { firstPages, morePages: 1000 } : {})
  if (more) while (index.remaining() > 0) await index.more()
  const found = {}
  for (const term of terms) {
    const search = await index.search(term)
    found[term] = (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url).sort()
  }
  return { found, remaining: index.remaining(), through: index.through() }
}
</script></body></html>`

type Found = { found: Record<string, string[]>; remaining: number; through: string | null }

/** Searches each term in a fresh page; `firstPages` limits the first load, `more` then loads every shard. */
async function searchAll(terms: string[], { firstPages, more = false }: { firstPages?: number; more?: boolean } = {}): Promise<Found> {
  const { page } = browser
  await page.goto(`${base}/harness.html`)
  await page.waitForFunction(() => 'searchTerms' in window)
  return page.evaluate(
    ({ terms, firstPages, more }) => (window as unknown as { searchTerms: (t: string[], o: object) => Promise<Found> }).searchTerms(terms, { firstPages, more }),
    { terms, firstPages, more },
  )
}

const urlsOf = (term: string) => [...expected].filter(([, t]) => t === term).map(([url]) => url)

describe('Chinese search recall across shards', () => {
  it('the index is in several shards', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(site, 'search-index', 'manifest.json'), 'utf8'))
    expect(manifest.shards.map((s: { key: string }) => s.key)).toEqual(['2026', '2025', '2024', '2023', '2022', '2021'])
  })

  it('finds every page for every term', async () => {
    const { found, remaining } = await searchAll(Object.keys(TERMS))
    expect(remaining).toBe(0)
    for (const term of Object.keys(TERMS)) expect(found[term], term).toEqual(expect.arrayContaining(urlsOf(term)))
    // And nothing else: a page that names none of the terms is not a hit.
    expect(found['河长制']).toEqual(urlsOf('河长制'))
  })

  it('searches the recent shards first, and the older ones after more()', async () => {
    const first = await searchAll(['安全生产'], { firstPages: 1 })
    expect(first.remaining).toBeGreaterThan(0)
    expect(first.through).toBe('2026')
    const all = await searchAll(['安全生产'], { firstPages: 1, more: true })
    expect(all.remaining).toBe(0)
    expect(all.found['安全生产']).toEqual(urlsOf('安全生产'))
    expect(first.found['安全生产'].every((url) => all.found['安全生产'].includes(url))).toBe(true)
  })

  it('a withdrawn page is not found after the next update', async () => {
    const [withdrawn, kept] = urlsOf('营商环境')
    fs.rmSync(path.join(site, withdrawn), { recursive: true })
    await updateSearchIndex(site)
    const { found } = await searchAll(['营商环境'])
    expect(found['营商环境']).toContain(kept)
    expect(found['营商环境']).not.toContain(withdrawn)
  })
})
