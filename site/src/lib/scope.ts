import fs from 'node:fs'

import { PORTAL_ENV, parseScope } from '@gov/portal-contract'

/**
 * An incremental publish renders only the pages a change affects. The publisher names them in
 * a scope file (PORTAL_SCOPE; its schema, `scopeSchema`, is the contract's and the file is
 * validated when read): article pages by id, column lists by slug (all their pages), or only
 * the first pages of a column's list and its feed (`columnHeads`: slug → pages; the rest of the
 * list follows in the publish's second phase), and whether the 政府信息公开 section, the
 * 政务信息报送 pages (journals, bulletins) or the 互动交流 pages changed. Without a scope, every
 * page is rendered. Pages with one instance (home, search, site map, sub-sites, 404) are always
 * rendered: they are few and many of them list the newest articles.
 */
type Scope = { articles: Set<string>; columns: Set<string>; columnHeads: Map<string, number>; disclosure: boolean; submissionLine: boolean; interaction: boolean }

let cached: { file: string; scope: Scope } | null = null

function load(): Scope | null {
  const file = process.env[PORTAL_ENV.scope]
  if (!file) return null
  if (cached?.file !== file) {
    const raw = parseScope(fs.readFileSync(file, 'utf8'), file)
    cached = {
      file,
      scope: {
        articles: new Set(raw.articles),
        columns: new Set(raw.columns),
        columnHeads: new Map(Object.entries(raw.columnHeads)),
        disclosure: raw.disclosure,
        submissionLine: raw.submissionLine,
        interaction: raw.interaction,
      },
    }
  }
  return cached.scope
}

export const inScope = {
  article: (id: string) => load()?.articles.has(id) ?? true,
  /** Any page of the column's list, or its feed. */
  column: (slug: string) => {
    const scope = load()
    return scope ? scope.columns.has(slug) || scope.columnHeads.has(slug) : true
  },
  /** Page `page` (from 1) of the column's list. */
  columnPage: (slug: string, page: number) => {
    const scope = load()
    return scope ? scope.columns.has(slug) || page <= (scope.columnHeads.get(slug) ?? 0) : true
  },
  /** The 政府信息公开 section (its catalog, item and report pages). */
  disclosure: () => load()?.disclosure ?? true,
  /** The public journal issues and bulletins (everything under /journals/ and /bulletins/). */
  submissionLine: () => load()?.submissionLine ?? true,
  /** The 互动交流 pages with many instances (published replies, their lists, the per-type forms under /hudong/). */
  interaction: () => load()?.interaction ?? true,
}
