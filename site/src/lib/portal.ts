import { urls } from '@gov/portal-contract'

import { type Article, articleBody, loadArticles } from '../loaders/articles'
import { type Column, loadColumns, loadSettings, type SiteSettings } from '../loaders/portal'

export { articleBody }
export type { Article, Column }

export const PAGE_SIZE = 20

export async function siteSettings(): Promise<SiteSettings> {
  return loadSettings()
}

/** Columns in menu order. */
export async function allColumns(): Promise<Column[]> {
  return loadColumns()
}

/** Published articles, newest first. */
export async function allArticles(): Promise<Article[]> {
  return loadArticles()
}

/** A column's articles, newest first (grouped once per snapshot, not filtered per page). */
export async function articlesOf(slug: string): Promise<Article[]> {
  const articles = loadArticles()
  if (byColumn?.source !== articles) {
    const groups = new Map<string, Article[]>()
    for (const a of articles) if (a.columnSlug) (groups.get(a.columnSlug) ?? groups.set(a.columnSlug, []).get(a.columnSlug)!).push(a)
    byColumn = { source: articles, groups }
  }
  return byColumn.groups.get(slug) ?? []
}
let byColumn: { source: Article[]; groups: Map<string, Article[]> } | null = null

export const articleUrl = (a: Pick<Article, 'id'>) => urls.article(a.id)
/** Page `page` (from 1) of the column's list. */
export const columnUrl = (c: Pick<Column, 'slug'>, page = 1) => urls.column(c.slug, page)
export const columnFeedUrl = (c: Pick<Column, 'slug'>) => urls.columnFeed(c.slug)

/** 子站: the units whose own columns form a sub-site, with those columns. */
export async function subsites(): Promise<{ unitId: string; unitName: string; columns: Column[] }[]> {
  const columns = (await allColumns()).filter((c) => c.unitId)
  const ids = [...new Set(columns.map((c) => c.unitId!))]
  return ids.map((unitId) => {
    const own = columns.filter((c) => c.unitId === unitId)
    return { unitId, unitName: own[0].unitName ?? '', columns: own }
  })
}

export const subsiteUrl = (unitId: string) => urls.subsite(unitId)
