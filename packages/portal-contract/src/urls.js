/**
 * Addresses of the portal's pages (site/src/pages), as paths from the site's root. Pages are
 * folders (`build.format: 'directory'`), so every page path ends in `/`; page 1 of a list has
 * no number (Astro's `paginate()`: `/columns/yaowen/`, `/columns/yaowen/2/`). Values are put in
 * as they are, not encoded, as Astro writes the folders and its pagination links.
 * Plain JavaScript, so the site's scripts run by plain `node` import it too.
 */

/** Page `page` (from 1) of a paginated list whose first page is `base`. */
const listPage = (base, page = 1) => (page > 1 ? `${base}${page}/` : base)

export const urls = Object.freeze({
  home: () => '/',

  /** An article: articles/[id]. */
  article: (id) => `/articles/${id}/`,
  /** Page `page` of a column's list: columns/[slug]/[...page]. */
  column: (slug, page = 1) => listPage(`/columns/${slug}/`, page),
  /** A column's RSS feed: columns/[slug]/rss.xml. */
  columnFeed: (slug) => `/columns/${slug}/rss.xml`,
  /** A unit's sub-site: subsites/[unit]. */
  subsite: (unitId) => `/subsites/${unitId}/`,

  /** 政府信息公开: xxgk/. */
  disclosure: () => '/xxgk/',
  /** 政府信息公开指南 or 制度: xxgk/[section]. */
  disclosureSection: (section) => `/xxgk/${section}/`,
  /** Page `page` of a catalog item's list: xxgk/catalog/[code]/[...page]. */
  catalog: (code, page = 1) => listPage(`/xxgk/catalog/${code}/`, page),
  annualReports: () => '/xxgk/annual-reports/',
  annualReport: (id) => `/xxgk/annual-reports/${id}/`,
  /** 依申请公开: the application form. */
  apply: () => '/xxgk/apply/',
  policy: (id) => `/policies/${id}/`,
  interpretation: (id) => `/interpretations/${id}/`,

  /** 政务信息刊物: journals/. */
  journals: () => '/journals/',
  /** A journal issue: journals/[id]. */
  journalIssue: (id) => `/journals/${id}/`,
  /** Page `page` of a journal's issues: journals/list/[journal]/[...page]. */
  journal: (id, page = 1) => listPage(`/journals/list/${id}/`, page),
  /** 政务信息报送通报: bulletins/. */
  bulletins: () => '/bulletins/',
  bulletin: (id) => `/bulletins/${id}/`,

  /** 互动交流: hudong/. */
  interaction: () => '/hudong/',
  /** The message form of a type (hudong/write/[type]), or the list of types. */
  write: (typeCode) => (typeCode ? `/hudong/write/${typeCode}/` : '/hudong/write/'),
  /** Page `page` of the published replies: hudong/replies/[...page]. */
  replies: (page = 1) => listPage('/hudong/replies/', page),
  reply: (id) => `/hudong/reply/${id}/`,
  lookup: () => '/hudong/lookup/',
  stats: () => '/hudong/stats/',

  /** The search page, with a query when given. */
  search: (query) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** The site map page (for people). */
  sitemap: () => '/sitemap/',
  /** The XML sitemap's index (for search engines). */
  sitemapIndex: () => '/sitemap-index.xml',
  /** A file of the snapshot's `media/` folder, served beside the pages. */
  media: (file) => `/media/${file}`,
  /** The search index's folder (site/scripts/search-index.mjs). */
  searchIndex: () => '/search-index/',
  /** The search index's manifest: its shards, newest first (the search page reads it first). */
  searchManifest: () => '/search-index/manifest.json',
})

/**
 * The top folders of the portal's pages, by what publishes them: an incremental publish renders a
 * changed section's folders again whole, and the XML sitemap has one part per folder, in this
 * order (site/src/lib/sitemapSections.mjs).
 */
export const SECTION_FOLDERS = Object.freeze({
  articles: Object.freeze(['articles']),
  columns: Object.freeze(['columns']),
  subsites: Object.freeze(['subsites']),
  disclosure: Object.freeze(['xxgk', 'policies', 'interpretations']),
  submissionLine: Object.freeze(['journals', 'bulletins']),
  interaction: Object.freeze(['hudong']),
})

/** The folder of a built site that holds a page or folder path: `/columns/yaowen/` → `columns/yaowen`. */
export const pageFolder = (pagePath) => pagePath.replace(/^\/+|\/+$/g, '')

/**
 * A page's full address on a portal whose address is `base` — which may itself sit under a path
 * (`https://www.example.gov.cn/portal/`): the page path is taken relative to it.
 */
export const absoluteUrl = (base, pagePath) => new URL(pagePath.replace(/^\/+/, ''), base.replace(/\/?$/, '/')).href
