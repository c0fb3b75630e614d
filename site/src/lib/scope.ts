import fs from 'node:fs'

/**
 * An incremental publish renders only the pages a change affects. The publisher names them in
 * a scope file (PORTAL_SCOPE): article pages by id, column lists by slug, and whether the
 * 政府信息公开 section, the 政务信息报送 pages (journals, bulletins) or the 互动交流 pages changed. Without a scope, every page is rendered. Pages with one
 * instance (home, search, site map, sub-sites, 404) are always rendered: they are few and
 * many of them list the newest articles.
 */
type Scope = { articles: Set<string>; columns: Set<string>; disclosure: boolean; submissionLine: boolean; interaction: boolean }

let cached: { file: string; scope: Scope } | null = null

function load(): Scope | null {
  const file = process.env.PORTAL_SCOPE
  if (!file) return null
  if (cached?.file !== file) {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { articles: string[]; columns: string[]; disclosure?: boolean; submissionLine?: boolean; interaction?: boolean }
    cached = {
      file,
      scope: {
        articles: new Set(raw.articles),
        columns: new Set(raw.columns),
        disclosure: Boolean(raw.disclosure),
        submissionLine: Boolean(raw.submissionLine),
        interaction: Boolean(raw.interaction),
      },
    }
  }
  return cached.scope
}

export const inScope = {
  article: (id: string) => load()?.articles.has(id) ?? true,
  column: (slug: string) => load()?.columns.has(slug) ?? true,
  /** The 政府信息公开 section (its catalog, item and report pages). */
  disclosure: () => load()?.disclosure ?? true,
  /** The public journal issues and bulletins (everything under /journals/ and /bulletins/). */
  submissionLine: () => load()?.submissionLine ?? true,
  /** The 互动交流 pages with many instances (published replies, their lists, the per-type forms under /hudong/). */
  interaction: () => load()?.interaction ?? true,
}
