import { describe, expect, it } from 'vitest'

import { PORTAL_BUILD_VARIABLES, PORTAL_ENV } from './env'
import { SNAPSHOT_FILES } from './files'
import { absoluteUrl, pageFolder, SECTION_FOLDERS, urls } from './urls'

describe('urls', () => {
  it('gives every page type its folder path (site/src/pages)', () => {
    expect(urls.home()).toBe('/')
    expect(urls.article(42)).toBe('/articles/42/')
    expect(urls.article('42')).toBe('/articles/42/')
    expect(urls.columnFeed('yaowen')).toBe('/columns/yaowen/rss.xml')
    expect(urls.subsite(7)).toBe('/subsites/7/')
    expect(urls.disclosure()).toBe('/xxgk/')
    expect(urls.disclosureSection('guide')).toBe('/xxgk/guide/')
    expect(urls.disclosureSection('rules')).toBe('/xxgk/rules/')
    expect(urls.annualReports()).toBe('/xxgk/annual-reports/')
    expect(urls.annualReport(3)).toBe('/xxgk/annual-reports/3/')
    expect(urls.apply()).toBe('/xxgk/apply/')
    expect(urls.policy(5)).toBe('/policies/5/')
    expect(urls.interpretation(6)).toBe('/interpretations/6/')
    expect(urls.journals()).toBe('/journals/')
    expect(urls.journalIssue(9)).toBe('/journals/9/')
    expect(urls.bulletins()).toBe('/bulletins/')
    expect(urls.bulletin(4)).toBe('/bulletins/4/')
    expect(urls.interaction()).toBe('/hudong/')
    expect(urls.write()).toBe('/hudong/write/')
    expect(urls.write('zixun')).toBe('/hudong/write/zixun/')
    expect(urls.reply(12)).toBe('/hudong/reply/12/')
    expect(urls.lookup()).toBe('/hudong/lookup/')
    expect(urls.stats()).toBe('/hudong/stats/')
    expect(urls.search()).toBe('/search/')
    expect(urls.search('营商 环境')).toBe('/search/?q=%E8%90%A5%E5%95%86%20%E7%8E%AF%E5%A2%83')
    expect(urls.sitemap()).toBe('/sitemap/')
    expect(urls.sitemapIndex()).toBe('/sitemap-index.xml')
    expect(urls.media('a-480x320.webp')).toBe('/media/a-480x320.webp')
    expect(urls.searchIndex()).toBe('/search-index/')
    expect(urls.searchManifest()).toBe('/search-index/manifest.json')
  })

  it('numbers list pages as Astro’s paginate() does: page 1 without a number', () => {
    expect(urls.column('yaowen')).toBe('/columns/yaowen/')
    expect(urls.column('yaowen', 1)).toBe('/columns/yaowen/')
    expect(urls.column('yaowen', 2)).toBe('/columns/yaowen/2/')
    expect(urls.catalog('001')).toBe('/xxgk/catalog/001/')
    expect(urls.catalog('001', 3)).toBe('/xxgk/catalog/001/3/')
    expect(urls.journal(8)).toBe('/journals/list/8/')
    expect(urls.journal(8, 2)).toBe('/journals/list/8/2/')
    expect(urls.replies()).toBe('/hudong/replies/')
    expect(urls.replies(10)).toBe('/hudong/replies/10/')
  })

  it('names the folder of a built site that holds a page', () => {
    expect(pageFolder(urls.article(42))).toBe('articles/42')
    expect(pageFolder(urls.column('yaowen', 2))).toBe('columns/yaowen/2')
    expect(pageFolder(urls.searchIndex())).toBe('search-index')
    expect(pageFolder(urls.home())).toBe('')
  })

  it('resolves a page against the portal’s address, keeping a path the portal sits under', () => {
    expect(absoluteUrl('https://www.example.gov.cn', urls.lookup())).toBe('https://www.example.gov.cn/hudong/lookup/')
    expect(absoluteUrl('https://www.example.gov.cn/portal/', urls.lookup())).toBe('https://www.example.gov.cn/portal/hudong/lookup/')
    expect(absoluteUrl('http://localhost:4321/portal', urls.article(1))).toBe('http://localhost:4321/portal/articles/1/')
  })

  it('holds every section folder once, in the order of the XML sitemap’s parts', () => {
    const folders = Object.values(SECTION_FOLDERS).flat()
    expect(folders).toEqual(['articles', 'columns', 'subsites', 'xxgk', 'policies', 'interpretations', 'journals', 'bulletins', 'hudong'])
    // Each page type's path starts with one of them (or is a page with a single instance).
    const single = new Set(['search', 'sitemap', 'media', 'search-index', ''])
    for (const path of [urls.article(1), urls.column('a', 2), urls.subsite(1), urls.catalog('c'), urls.policy(1), urls.interpretation(1), urls.journal(1), urls.bulletin(1), urls.reply(1), urls.search()]) {
      const top = path.split('/')[1]
      expect(folders.includes(top as never) || single.has(top), path).toBe(true)
    }
  })
})

describe('names', () => {
  it('are the variables and files both sides used by hand before', () => {
    expect(PORTAL_BUILD_VARIABLES).toEqual(['PORTAL_CONTENT_DIR', 'PORTAL_OUT_DIR', 'PORTAL_SCOPE', 'PORTAL_CACHE_DIR', 'PORTAL_SITE_URL', 'PORTAL_RENDERER'])
    expect(PORTAL_ENV.scope).toBe('PORTAL_SCOPE')
    expect(new Set(Object.values(SNAPSHOT_FILES)).size).toBe(Object.keys(SNAPSHOT_FILES).length)
    expect(Object.isFrozen(PORTAL_ENV) && Object.isFrozen(SNAPSHOT_FILES) && Object.isFrozen(urls)).toBe(true)
  })
})
