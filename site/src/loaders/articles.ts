import fs from 'node:fs'
import path from 'node:path'

import { z } from 'astro/zod'

/**
 * Articles are read from the snapshot when pages render, not through the content layer: the
 * content layer bundles its whole data store into the build (dataToEsm + rollup), which cost
 * 3.5 s per build at 10,000 articles and grows with every article — the wrong shape for
 * incremental publishing and for 100,000 documents. The snapshot holds metadata in
 * `articles.json` and each article's HTML in `bodies/`, read only by its own page.
 */
export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  columnId: z.string().nullable(),
  columnSlug: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  source: z.string().nullable(),
  writer: z.string().nullable(),
  publishDate: z.coerce.date(),
  updatedAt: z.coerce.date(),
  summary: z.string().nullable(),
  cover: z
    .object({
      alt: z.string(),
      caption: z.string().nullable(),
      width: z.number(),
      height: z.number(),
      src: z.string(),
      variants: z.array(z.object({ src: z.string(), width: z.number(), height: z.number(), type: z.string() })),
    })
    .nullable(),
  /** File under the snapshot's bodies/ with the article's HTML. */
  bodyFile: z.string(),
})

export type Article = z.infer<typeof articleSchema>

export const contentDir = () => process.env.PORTAL_CONTENT_DIR ?? path.resolve('.content')

let cached: { key: string; articles: Article[] } | null = null

/** Published articles of the snapshot, newest first, validated once per snapshot. */
export function loadArticles(): Article[] {
  const file = path.join(contentDir(), 'articles.json')
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new Error(`门户内容 ${file} 不存在，请先导出内容（npm run export:content）。`)
  }
  const key = `${file}:${stat.mtimeMs}:${stat.size}`
  if (cached?.key === key) return cached.articles
  const parsed = z.array(articleSchema).safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`门户内容 ${file} 格式错误：第 ${String(issue.path[0])} 条的 ${issue.path.slice(1).join('.')}：${issue.message}`)
  }
  const articles = parsed.data.sort((a, b) => b.publishDate.getTime() - a.publishDate.getTime())
  cached = { key, articles }
  return articles
}

/** The article's HTML, as the CMS rendered it from Lexical. */
export function articleBody(article: Pick<Article, 'bodyFile'>): string {
  return fs.readFileSync(path.join(contentDir(), 'bodies', article.bodyFile), 'utf8')
}
