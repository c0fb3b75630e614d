export type SeedUnit = {
  key: string
  name: string
  shortName?: string
  code: string
  parent?: string
  kind: 'government' | 'department' | 'section'
  /** @default 'county' */
  level?: 'national' | 'province' | 'city' | 'county' | 'township'
  /** Key of the unit that receives submissions from the units below this one (信息工作机构). */
  infoOffice?: string
  order: number
}

export type SeedColumn = {
  slug: string
  name: string
  kind: 'news' | 'notice' | 'policy' | 'interpretation' | 'disclosure' | 'general'
  showOnHome?: boolean
  /** Key of the unit whose sub-site the column belongs to; empty for the main portal. */
  unit?: string
  order: number
  description?: string
}

export type SeedUser = {
  email: string
  name: string
  unit?: string
  roles: string[]
  jobTitle?: string
}

export type SeedArticle = {
  /** Stable key used to find the article again when the seed runs twice. */
  key: string
  title: string
  column: string
  unit: string
  source: string
  writer?: string
  /** ISO date, e.g. 2026-11-20T09:00:00+08:00 */
  publishDate: string
  status: 'published' | 'draft'
  summary?: string
  /** Paragraphs of the body; a paragraph starting with "## " becomes a heading. */
  paragraphs: string[]
  classified?: boolean
  /** What the signers answer to the content checks' warnings (e.g. a published consultation phone). */
  checkReason?: string
}
