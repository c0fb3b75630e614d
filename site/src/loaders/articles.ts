import fs from 'node:fs'
import path from 'node:path'

import { type Article, articlesSchema, SNAPSHOT_DIRS, SNAPSHOT_FILES } from '@gov/portal-contract'

import { contentDir, snapshotFile } from './snapshot'

export type { Article }

/**
 * Articles of the snapshot (see snapshot.ts: not Astro's content layer, whose data store, bundled
 * into every build, cost 3.5 s per build at 10,000 articles). Metadata is in `articles.json`
 * (its schema is the contract's, shared with the CMS's exporter), each article's HTML in
 * `bodies/`, read only by its own page.
 */

/** Published articles of the snapshot, newest first. */
export const loadArticles = snapshotFile(SNAPSHOT_FILES.articles, articlesSchema, {
  prepare: (articles) => articles.sort((a, b) => b.publishDate.getTime() - a.publishDate.getTime()),
})

/** The article's HTML, as the CMS rendered it from Lexical. */
export function articleBody(article: Pick<Article, 'bodyFile'>): string {
  return fs.readFileSync(path.join(contentDir(), SNAPSHOT_DIRS.bodies, article.bodyFile), 'utf8')
}
