/** Addresses of the portal's pages (urls.js). */
type Id = string | number

export declare const urls: {
  readonly home: () => '/'
  /** An article: articles/[id]. */
  readonly article: (id: Id) => string
  /** Page `page` (from 1; 1 has no number) of a column's list: columns/[slug]/[...page]. */
  readonly column: (slug: string, page?: number) => string
  /** A column's RSS feed: columns/[slug]/rss.xml. */
  readonly columnFeed: (slug: string) => string
  /** A unit's sub-site: subsites/[unit]. */
  readonly subsite: (unitId: Id) => string

  /** 政府信息公开: xxgk/. */
  readonly disclosure: () => '/xxgk/'
  /** 政府信息公开指南 or 制度: xxgk/[section]. */
  readonly disclosureSection: (section: 'guide' | 'rules') => string
  /** Page `page` of a catalog item's list: xxgk/catalog/[code]/[...page]. */
  readonly catalog: (code: string, page?: number) => string
  readonly annualReports: () => '/xxgk/annual-reports/'
  readonly annualReport: (id: Id) => string
  /** 依申请公开: the application form. */
  readonly apply: () => '/xxgk/apply/'
  readonly policy: (id: Id) => string
  readonly interpretation: (id: Id) => string

  /** 政务信息刊物: journals/. */
  readonly journals: () => '/journals/'
  /** A journal issue: journals/[id]. */
  readonly journalIssue: (id: Id) => string
  /** Page `page` of a journal's issues: journals/list/[journal]/[...page]. */
  readonly journal: (id: Id, page?: number) => string
  /** 政务信息报送通报: bulletins/. */
  readonly bulletins: () => '/bulletins/'
  readonly bulletin: (id: Id) => string

  /** 互动交流: hudong/. */
  readonly interaction: () => '/hudong/'
  /** The message form of a type (hudong/write/[type]), or the list of types. */
  readonly write: (typeCode?: string | null) => string
  /** Page `page` of the published replies: hudong/replies/[...page]. */
  readonly replies: (page?: number) => string
  readonly reply: (id: Id) => string
  readonly lookup: () => '/hudong/lookup/'
  readonly stats: () => '/hudong/stats/'

  /** The search page, with a query when given. */
  readonly search: (query?: string | null) => string
  /** The site map page (for people). */
  readonly sitemap: () => '/sitemap/'
  /** The XML sitemap's index (for search engines). */
  readonly sitemapIndex: () => '/sitemap-index.xml'
  /** A file of the snapshot's `media/` folder, served beside the pages. */
  readonly media: (file: string) => string
  /** The search index's folder (site/scripts/search-index.mjs). */
  readonly searchIndex: () => '/search-index/'
  /** The search index's manifest: its shards, newest first (the search page reads it first). */
  readonly searchManifest: () => '/search-index/manifest.json'
}

/** The top folders of the portal's pages, by what publishes them; the XML sitemap's parts, in this order. */
export declare const SECTION_FOLDERS: {
  readonly articles: readonly ['articles']
  readonly columns: readonly ['columns']
  readonly subsites: readonly ['subsites']
  readonly disclosure: readonly ['xxgk', 'policies', 'interpretations']
  readonly submissionLine: readonly ['journals', 'bulletins']
  readonly interaction: readonly ['hudong']
}

export type SectionFolder = (typeof SECTION_FOLDERS)[keyof typeof SECTION_FOLDERS][number]

/** The folder of a built site that holds a page or folder path: `/columns/yaowen/` → `columns/yaowen`. */
export declare const pageFolder: (pagePath: string) => string

/** A page's full address on a portal whose address is `base` (which may sit under a path). */
export declare const absoluteUrl: (base: string, pagePath: string) => string
