/**
 * Colour contrast of the built portal, measured in Chromium from the computed styles of every
 * visible text (axe-core leaves texts whose background it cannot resolve as "incomplete" and the
 * 适老化 header once shipped dark blue on dark red that way). WCAG 2.1 AA asks 4.5:1; the
 * 适老化 rules (互联网网站适老化通用设计规范) ask 7:1 for body text, which the 适老化 mode holds
 * for every text it shows.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { openBrowser } from './browser'

const portalUrl = inject('portalUrl')
let browser: Awaited<ReturnType<typeof openBrowser>>

type Finding = { text: string; where: string; inMain: boolean; kind: 'text' | 'placeholder'; ratio: number; fg: string; bg: string }

/**
 * Evaluated in the page: each visible element's own text (and a form field's value, selected
 * option or placeholder) with its colour, its effective background and their contrast ratio.
 *
 * The background is found by walking up the ancestors to the first opaque background colour,
 * compositing translucent ones on the way (the canvas is white). A gradient counts as each of its
 * colour stops (the text must hold against the worst); a background image counts as the colour
 * declared on its element, and when that colour is not opaque the background is unknown: ratio 0.
 * Texts nobody sees are left out: not rendered, transparent, clipped to 1 px (visually hidden
 * labels) or moved off the page (the skip link until focused, honeypot fields).
 */
function measureContrast(): Finding[] {
  type RGBA = [number, number, number, number]
  const parse = (value: string): RGBA | null => {
    const m = /rgba?\(([^)]+)\)/.exec(value)
    if (!m) return null
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number)
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1]
  }
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3]
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1]
  }
  const luminance = ([r, g, b]: RGBA) => {
    const channel = (c: number) => {
      const s = c / 255
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }
  const contrast = (a: RGBA, b: RGBA) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (light + 0.05) / (dark + 0.05)
  }
  const css = ([r, g, b]: RGBA) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`
  const WHITE: RGBA = [255, 255, 255, 1]

  /** The opaque colours the text may stand on (more than one under a gradient); [] when unknown. */
  const backgroundsOf = (el: Element): RGBA[] => {
    const translucent: RGBA[] = []
    const under = (base: RGBA) => translucent.reduceRight((acc, layer) => over(layer, acc), base)
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      const colour = parse(style.backgroundColor) ?? [0, 0, 0, 0]
      const image = style.backgroundImage
      if (image && image !== 'none') {
        if (/url\(/.test(image)) return colour[3] === 1 ? [under(colour)] : []
        const stops = (image.match(/rgba?\([^)]+\)/g) ?? []).map((c) => parse(c)!)
        const behind = colour[3] === 1 ? colour : WHITE
        return (stops.length > 0 ? stops : [colour]).map((stop) => under(over(stop, behind)))
      }
      if (colour[3] === 1) return [under(colour)]
      if (colour[3] > 0) translucent.push(colour)
    }
    return [under(WHITE)]
  }

  const seen = (el: Element): boolean => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false
    const pageWidth = document.documentElement.scrollWidth
    const boxes = [...el.getClientRects()].filter((r) => r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0 && r.left < pageWidth)
    if (boxes.length === 0) return false
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return false
    }
    return true
  }

  const where = (el: Element) => {
    const parts: string[] = []
    for (let node: Element | null = el; node && node !== document.body && parts.length < 4; node = node.parentElement) {
      parts.unshift(node.tagName.toLowerCase() + (node.id ? `#${node.id}` : '') + [...node.classList].map((c) => `.${c}`).join(''))
    }
    return parts.join(' > ')
  }

  const findings: Finding[] = []
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION'].includes(el.tagName)) continue
    const texts: { kind: Finding['kind']; text: string; colour: string }[] = []
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim()
    const style = getComputedStyle(el)
    if (own) texts.push({ kind: 'text', text: own, colour: style.color })
    if (el instanceof HTMLSelectElement && el.selectedOptions[0]?.text) texts.push({ kind: 'text', text: el.selectedOptions[0].text, colour: style.color })
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      const typed = el instanceof HTMLTextAreaElement || ['text', 'search', 'email', 'tel', 'url', 'number', 'password', 'date'].includes(el.type)
      if (typed && el.value) texts.push({ kind: 'text', text: el.value, colour: style.color })
      else if (typed && el.placeholder) texts.push({ kind: 'placeholder', text: el.placeholder, colour: getComputedStyle(el, '::placeholder').color })
    }
    if (texts.length === 0 || !seen(el)) continue
    const backgrounds = backgroundsOf(el)
    const inMain = el.closest('main') !== null
    for (const { kind, text, colour } of texts) {
      const fg = parse(colour)
      if (!fg || fg[3] === 0) continue
      if (backgrounds.length === 0) {
        findings.push({ text: text.slice(0, 40), where: where(el), inMain, kind, ratio: 0, fg: css(fg), bg: 'unknown' })
        continue
      }
      const [worst] = backgrounds.map((bg) => ({ bg, ratio: contrast(over(fg, bg), bg) })).sort((a, b) => a.ratio - b.ratio)
      findings.push({ text: text.slice(0, 40), where: where(el), inMain, kind, ratio: Math.round(worst.ratio * 100) / 100, fg: css(over(fg, worst.bg)), bg: css(worst.bg) })
    }
  }
  return findings
}

async function setElderMode(page: Page, on: boolean) {
  await page.goto(`${portalUrl}/`)
  await page.evaluate((value) => localStorage.setItem('elder-mode', value ? 'on' : 'off'), on)
}

/** Home, a column list, an article with a photo, the catalog and the 互动交流 index, and more of each line. */
async function pagesToCheck(page: Page): Promise<string[]> {
  await page.goto(`${portalUrl}/columns/yaowen/`)
  const article = await page.locator('.article-list a').first().getAttribute('href')
  await page.goto(`${portalUrl}/xxgk/`)
  const catalog = await page.locator('.with-nav a[href^="/xxgk/catalog/"]').first().getAttribute('href')
  const policy = await page.locator('.with-nav a[href^="/policies/"]').first().getAttribute('href')
  return ['/', '/columns/yaowen/', article!, '/xxgk/', catalog!, policy!, '/xxgk/apply/', '/hudong/', '/hudong/write/', '/hudong/stats/', '/search/?q=政务公开', '/no-such-page/']
}

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('portal colour contrast', () => {
  it('measures what a reader sees: inherited, translucent and gradient backgrounds, placeholders, hidden text left out', async () => {
    const { page } = browser
    await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><body style="margin:0">
      <div style="background:#7a0000"><p><a href="#" style="color:#00308f">深蓝红底</a></p></div>
      <p style="color:#000">黑字白底</p>
      <div style="background:rgba(0,0,0,0.5)"><span style="color:#fff">半透明黑底白字</span></div>
      <div style="background-image:linear-gradient(#fff, #767676)"><span style="color:#000">渐变底黑字</span></div>
      <div style="background-image:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=)"><span style="color:#000">图片底无底色</span></div>
      <input placeholder="浅灰提示" style="color:#000;background:#fff">
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">读屏专用</span>
      <a href="#" style="position:absolute;left:-9999px">跳到主要内容</a>
      <p hidden>不显示</p>
    </body></html>`)
    const byText = Object.fromEntries((await page.evaluate(measureContrast)).map((f) => [f.text, f]))
    expect(Object.keys(byText).sort()).toEqual(['半透明黑底白字', '图片底无底色', '浅灰提示', '深蓝红底', '渐变底黑字', '黑字白底'].sort())
    expect(byText['深蓝红底'].ratio).toBeCloseTo(1.0, 1)
    expect(byText['深蓝红底'].bg).toBe('rgb(122, 0, 0)')
    expect(byText['黑字白底'].ratio).toBe(21)
    expect(byText['半透明黑底白字'].bg).toBe('rgb(128, 128, 128)')
    expect(byText['半透明黑底白字'].ratio).toBeCloseTo(3.98, 1)
    // The worst stop of the gradient, #767676 (4.62:1 for black), not the white one.
    expect(byText['渐变底黑字']).toMatchObject({ bg: 'rgb(118, 118, 118)', ratio: 4.62 })
    expect(byText['图片底无底色']).toMatchObject({ ratio: 0, bg: 'unknown' })
    // Chromium's own placeholder grey.
    expect(byText['浅灰提示']).toMatchObject({ kind: 'placeholder', bg: 'rgb(255, 255, 255)' })
    expect(byText['浅灰提示'].ratio).toBeLessThan(7)
  })

  for (const elder of [false, true]) {
    const minimum = elder ? 7 : 4.5
    it(`holds ${minimum}:1 for every text ${elder ? 'in 适老化 mode' : 'in normal mode'} on home, column, article, catalog, 互动交流 and more`, async () => {
      const { page } = browser
      const paths = await pagesToCheck(page)
      await setElderMode(page, elder)
      const failures: string[] = []
      for (const path of paths) {
        await page.goto(`${portalUrl}${path}`, { waitUntil: 'networkidle' })
        if (path.startsWith('/search/')) await page.locator('#search-results li').first().waitFor({ timeout: 20_000 })
        expect(await page.evaluate(() => document.documentElement.classList.contains('elder')), path).toBe(elder)
        const findings = await page.evaluate(measureContrast)
        // The walk saw the page: the header's site name and the page's own text are measured.
        const siteName = (await page.locator('.site-name a').innerText()).trim()
        expect(findings.some((f) => f.text === siteName && f.where.includes('site-name')), `${path}: site name measured`).toBe(true)
        expect(findings.filter((f) => f.inMain).length, `${path}: texts measured`).toBeGreaterThan(0)
        for (const f of findings.filter((f) => f.ratio < minimum)) failures.push(`${path} ${f.where} “${f.text}” (${f.kind}): ${f.fg} on ${f.bg} = ${f.ratio}:1`)
      }
      expect(failures).toEqual([])
    })
  }
})
