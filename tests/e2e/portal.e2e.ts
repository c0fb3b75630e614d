/**
 * The built portal in Chromium: no axe-core violations (WCAG 2.1 AA) on any page type (互动交流 included), the
 * 适老化 mode and its memory, the print style, the home page's blocks and responsive photo cards,
 * Chinese full-text search, and pages that work without JavaScript.
 * A bulletin (通报) is signed off through the admin's API and published first, so that its page
 * type is there to check beside the seed's journal issue.
 */
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { publishBulletin } from '../helpers/builtPortal'
import { openBrowser } from './browser'

const portalUrl = inject('portalUrl')
const adminUrl = inject('adminUrl')
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source
let browser: Awaited<ReturnType<typeof openBrowser>>

async function axeViolations(page: Page) {
  // Evaluated through the DevTools protocol: an injected <script> would be refused by the portal's CSP.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

async function firstArticleUrl(page: Page) {
  await page.goto(`${portalUrl}/columns/yaowen/`)
  return page.locator('.article-list a').first().getAttribute('href')
}

/** A page of each 政务信息报送 type: the seed's public journal issue and its journal's list, the bulletin published above. */
async function submissionLinePages(page: Page) {
  await page.goto(`${portalUrl}/journals/`)
  const issue = await page.locator('.issue-list a').first().getAttribute('href')
  await page.goto(`${portalUrl}/sitemap/`)
  const journal = await page.locator('a[href^="/journals/list/"]').first().getAttribute('href')
  await page.goto(`${portalUrl}/bulletins/`)
  const bulletin = await page.locator('.article-list a').first().getAttribute('href')
  return { issue: issue!, journal: journal!, bulletin: bulletin! }
}

beforeAll(async () => {
  browser = await openBrowser()
  await publishBulletin(adminUrl, inject('e2eEnv'))
})

afterAll(async () => {
  await browser?.close()
})

describe('public portal', () => {
  it('has no WCAG 2.1 AA violations on any page type, in normal and 适老化 mode', async () => {
    const { page } = browser
    const article = await firstArticleUrl(page)
    await page.goto(`${portalUrl}/sitemap/`)
    const subsite = await page.locator('a[href^="/subsites/"]').first().getAttribute('href')
    // The home page's 政策解读 block always carries the catalog's interpretations (few, unlike
    // the catalog's newest-ten list on /xxgk/, which newer documents can fill).
    await page.goto(`${portalUrl}/`)
    const interpretation = await page.locator('main a[href^="/interpretations/"]').first().getAttribute('href')
    await page.goto(`${portalUrl}/xxgk/`)
    const [catalog, policy, report] = await Promise.all(
      ['/xxgk/catalog/', '/policies/', '/xxgk/annual-reports/'].map((prefix) => page.locator(`.with-nav a[href^="${prefix}"]`).first().getAttribute('href')),
    )
    const disclosurePages = ['/xxgk/', '/xxgk/guide/', catalog!, policy!, interpretation!, report!, '/xxgk/apply/']
    const line = await submissionLinePages(page)
    const submissionLinePaths = ['/journals/', line.journal, line.issue, '/bulletins/', line.bulletin]
    await page.goto(`${portalUrl}/hudong/replies/`)
    const reply = await page.locator('a[href^="/hudong/reply/"]').first().getAttribute('href')
    const interactionPaths = ['/hudong/', '/hudong/write/', '/hudong/write/leaderMailbox/', '/hudong/lookup/', '/hudong/replies/', reply!, '/hudong/stats/']
    const pages = ['/', '/columns/yaowen/', '/columns/tongzhi/', article!, subsite!, '/search/?q=政务公开', '/sitemap/', '/no-such-page/', ...disclosurePages, ...submissionLinePaths, ...interactionPaths]
    for (const elder of [false, true]) {
      await page.goto(`${portalUrl}/`)
      await page.evaluate((on) => localStorage.setItem('elder-mode', on ? 'on' : 'off'), elder)
      for (const path of pages) {
        await page.goto(`${portalUrl}${path}`, { waitUntil: 'networkidle' })
        expect({ path, elder, violations: await axeViolations(page) }).toEqual({ path, elder, violations: [] })
      }
    }
  })

  it('switches to 适老化 mode and remembers it on the next page', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/`)
    await page.evaluate(() => localStorage.removeItem('elder-mode'))
    await page.reload()
    const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    await page.getByRole('button', { name: '适老化模式' }).click()
    expect(await page.getByRole('button', { name: '退出适老化模式' }).getAttribute('aria-pressed')).toBe('true')
    await page.goto(`${portalUrl}/columns/yaowen/`)
    const elder = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    expect(elder).toBeGreaterThan(base)
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true)
  })

  it('prints the site name and the article without the red header, the search box, the 适老化 switch and the menus', async () => {
    const { page } = browser
    const article = await firstArticleUrl(page)
    const hidden = ['.header-tools', '.header-search', '#header-q', '#elder-toggle', '.site-header nav', '.site-footer', '.article-tools']
    const kept = ['.site-name a', 'article h1', '.article-body']
    const look = () =>
      page.evaluate(
        ({ hidden, kept }) => {
          const shown = (selector: string) => {
            const el = document.querySelector(selector)
            if (!el) throw new Error(`${selector} is not on the page`)
            return el.checkVisibility()
          }
          const header = getComputedStyle(document.querySelector('.site-header')!)
          return {
            hidden: Object.fromEntries(hidden.map((s) => [s, shown(s)])),
            kept: Object.fromEntries(kept.map((s) => [s, shown(s)])),
            headerBackground: header.backgroundColor,
            siteNameColour: getComputedStyle(document.querySelector('.site-name a')!).color,
          }
        },
        { hidden, kept },
      )
    const all = (list: string[], value: boolean) => Object.fromEntries(list.map((s) => [s, value]))
    for (const elder of [false, true]) {
      await page.goto(`${portalUrl}/`)
      await page.evaluate((on) => localStorage.setItem('elder-mode', on ? 'on' : 'off'), elder)
      await page.goto(`${portalUrl}${article}`)
      expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(elder)
      // On screen: the red band with its tools.
      await page.emulateMedia({ media: 'screen' })
      const screen = await look()
      expect(screen.hidden, `screen, elder ${elder}`).toEqual(all(hidden, true))
      expect(screen.headerBackground).not.toBe('rgba(0, 0, 0, 0)')
      // On paper: black site name on no background, the article, nothing else of the chrome.
      await page.emulateMedia({ media: 'print' })
      const paper = await look()
      expect({ elder, ...paper }).toEqual({ elder, hidden: all(hidden, false), kept: all(kept, true), headerBackground: 'rgba(0, 0, 0, 0)', siteNameColour: 'rgb(0, 0, 0)' })
    }
    await page.emulateMedia({ media: null })
    await page.evaluate(() => localStorage.removeItem('elder-mode'))
  })

  it('shows 政策文件 and 政策解读 once on the home page, with the column\'s articles and the catalog\'s documents', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/`)
    const headings = await page.locator('main h2').allInnerTexts()
    for (const name of ['政策文件', '政策解读']) expect(headings.filter((h) => h.trim() === name), name).toHaveLength(1)
    const links = (name: string) => page.locator('main section', { has: page.locator('h2', { hasText: name }) }).locator('.article-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
    const policies = await links('政策文件')
    expect(policies.some((href) => href.startsWith('/articles/'))).toBe(true)
    expect(policies.some((href) => href.startsWith('/policies/'))).toBe(true)
    expect((await links('政策解读')).some((href) => href.startsWith('/interpretations/'))).toBe(true)
    // Newest first across both sources.
    const dates = await page.locator('main section', { has: page.locator('h2', { hasText: '政策文件' }) }).locator('.article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!))
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('serves the home page photo cards in the size the screen needs', async () => {
    const { page } = browser
    const cdp = await page.context().newCDPSession(page)
    const firstPhoto = async () => {
      await page.goto(`${portalUrl}/`, { waitUntil: 'networkidle' })
      const img = page.locator('.photo-news img').first()
      await img.evaluate((i: HTMLImageElement) => (i.complete ? null : new Promise((r) => i.addEventListener('load', r, { once: true }))))
      return img.evaluate((i: HTMLImageElement) => {
        const box = i.getBoundingClientRect()
        return { src: new URL(i.currentSrc).pathname, ratio: Math.round((box.width / box.height) * 100) / 100 }
      })
    }
    try {
      // A desktop screen: four 255 px cards, the 400 px thumbnail is enough.
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 1000, deviceScaleFactor: 1, mobile: false })
      const desktop = await firstPhoto()
      expect(desktop.src).toMatch(/-400x300\.webp$/)
      expect(desktop.ratio).toBe(1.33)
      // A phone at 3 device pixels per CSS pixel: one card across, the 1600 px variant, still 4:3.
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 3, mobile: true })
      const phone = await firstPhoto()
      expect(phone.src).toMatch(/-1600x900\.webp$/)
      expect(phone.ratio).toBe(1.33)
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride')
      await cdp.detach()
    }
  })

  it('finds pages by a Chinese query from the static index', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/search/?q=${encodeURIComponent('政务公开')}`)
    await page.locator('#search-results li').first().waitFor({ timeout: 20_000 })
    const titles = await page.locator('#search-results li a').allInnerTexts()
    expect(titles).toContain('示范县2026年政府信息公开工作要点')
  })

  it('stays within 60 kB per page before images (home, column list, article, journal issue, bulletin)', async () => {
    const { page } = browser
    const article = await firstArticleUrl(page)
    const line = await submissionLinePages(page)
    for (const path of ['/', '/columns/yaowen/', article!, line.issue, line.bulletin]) {
      let bytes = 0
      const count = async (response: import('playwright-core').Response) => {
        if (response.request().resourceType() === 'image') return
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length
      }
      page.on('response', count)
      await page.goto(`${portalUrl}${path}`, { waitUntil: 'networkidle' })
      page.off('response', count)
      // Uncompressed bytes: what goes over the wire with gzip is smaller still.
      expect(bytes, `${path}: ${bytes} bytes`).toBeLessThanOrEqual(60 * 1024)
    }
  })

  it('serves complete article pages without JavaScript, with the government meta tags', async () => {
    const article = await firstArticleUrl(browser.page)
    const html = await (await fetch(`${portalUrl}${article}`)).text()
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
    expect(html).toMatch(/class="article-body"[^>]*>\s*<(p|h2)/)
    for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource']) {
      expect(html, name).toContain(`<meta name="${name}"`)
    }
  })

  it('answers an unknown address with the portal 404 page and the 404 status', async () => {
    const response = await fetch(`${portalUrl}/articles/no-such-article/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('页面不存在')
  })
})
