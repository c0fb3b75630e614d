import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { fillPattern, ROUTES } from './routes'

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../pages')

/** The pattern a file under src/pages is listed by in ROUTES: pages end in a slash, endpoints keep their name. */
function patternOf(file: string): string {
  if (file === '404.astro') return '/404'
  if (file.endsWith('.astro')) return `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+$/, '/')
  return `/${file.replace(/\.(ts|js)$/, '')}`
}

describe('the portal’s routes', () => {
  it('list every file under src/pages once, so the page renderer renders what astro build writes', () => {
    const files = (fs.readdirSync(pagesDir, { recursive: true }) as string[]).filter((f) => /\.(astro|ts|js)$/.test(f)).map((f) => f.split(path.sep).join('/'))
    const listed = ROUTES.map((route) => (typeof route === 'string' ? route : route.pattern))
    expect([...listed].sort()).toEqual(files.map(patternOf).sort())
  })

  it('fill a pattern with params, leaving out an absent rest param', () => {
    expect(fillPattern('/articles/[id]/', { id: '12' })).toBe('/articles/12/')
    expect(fillPattern('/columns/[slug]/[...page]/', { slug: 'yaowen', page: undefined })).toBe('/columns/yaowen/')
    expect(fillPattern('/columns/[slug]/[...page]/', { slug: 'yaowen', page: '2' })).toBe('/columns/yaowen/2/')
    expect(fillPattern('/columns/[slug]/rss.xml', { slug: 'yaowen' })).toBe('/columns/yaowen/rss.xml')
    expect(() => fillPattern('/articles/[id]/', {})).toThrow()
  })
})
