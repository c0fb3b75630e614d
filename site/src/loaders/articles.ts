import fs from 'node:fs'
import path from 'node:path'

import { z } from 'astro/zod'

import { portalImageSchema } from './image'
import { contentDir, snapshotFile } from './snapshot'

/**
 * Articles of the snapshot (see snapshot.ts: not Astro's content layer, whose data store, bundled
 * into every build, cost 3.5 s per build at 10,000 articles). Metadata is in `articles.json`,
 * each article's HTML in `bodies/`, read only by its own page.
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
  cover: portalImageSchema.nullable(),
  /** File under the snapshot's bodies/ with the article's HTML. */
  bodyFile: z.string(),
})

export type Article = z.infer<typeof articleSchema>

/** Published articles of the snapshot, newest first. */
export const loadArticles = snapshotFile('articles.json', z.array(articleSchema), {
  prepare: (articles) => articles.sort((a, b) => b.publishDate.getTime() - a.publishDate.getTime()),
})

/** The article's HTML, as the CMS rendered it from Lexical. */
export function articleBody(article: Pick<Article, 'bodyFile'>): string {
  return fs.readFileSync(path.join(contentDir(), 'bodies', article.bodyFile), 'utf8')
}
