import { type CollectionEntry, getCollection, getEntry } from 'astro:content'

export type Article = CollectionEntry<'articles'>['data']
export type Column = CollectionEntry<'columns'>['data']

export const PAGE_SIZE = 20

export async function siteSettings() {
  const entry = await getEntry('settings', 'site')
  if (!entry) throw new Error('门户内容缺少网站设置（settings.json）。')
  return entry.data
}

export async function allColumns(): Promise<Column[]> {
  return (await getCollection('columns')).map((c) => c.data).sort((a, b) => a.order - b.order)
}

/** Published articles, newest first. */
export async function allArticles(): Promise<Article[]> {
  return (await getCollection('articles'))
    .map((a) => a.data)
    .sort((a, b) => b.publishDate.getTime() - a.publishDate.getTime())
}

export const articleUrl = (a: Pick<Article, 'id'>) => `/articles/${a.id}/`
export const columnUrl = (c: Pick<Column, 'slug'>) => `/columns/${c.slug}/`

/** 子站: the units whose own columns form a sub-site, with those columns. */
export async function subsites(): Promise<{ unitId: string; unitName: string; columns: Column[] }[]> {
  const columns = (await allColumns()).filter((c) => c.unitId)
  const ids = [...new Set(columns.map((c) => c.unitId!))]
  return ids.map((unitId) => {
    const own = columns.filter((c) => c.unitId === unitId)
    return { unitId, unitName: own[0].unitName ?? '', columns: own }
  })
}

export const subsiteUrl = (unitId: string) => `/subsites/${unitId}/`
