import { z } from 'zod'

import { isoDate } from './dates'
import { portalImageSchema } from './image'

/** An article's metadata in `articles.json` (newest first); its HTML is the file `bodies/<bodyFile>`. */
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
  publishDate: isoDate(),
  /** The published revision: a new value is a new version of the page. */
  updatedAt: isoDate(),
  summary: z.string().nullable(),
  cover: portalImageSchema.nullable(),
  /** File under the snapshot's bodies/ with the article's HTML. */
  bodyFile: z.string(),
})

export const articlesSchema = z.array(articleSchema)

/** An article as the site reads it (dates as Date). */
export type Article = z.output<typeof articleSchema>
/** An article as the CMS writes it (dates as ISO strings). */
export type ArticleJson = z.input<typeof articleSchema>
