/**
 * The scope of a render: an incremental publish renders only the pages a change affects, and the
 * publisher names them in a JSON file whose path it passes as PORTAL_SCOPE. Without a scope, every
 * page is rendered. Pages with one instance (home, search, site map, sub-sites, 404) are always
 * rendered: they are few and many of them list the newest articles.
 */
import { z } from 'zod'

export const scopeSchema = z
  .object({
    /** Article pages, by id. */
    articles: z.array(z.string()),
    /** Column lists rendered whole (every page and the feed), by slug. */
    columns: z.array(z.string()),
    /** Column lists of which only the first pages and the feed are rendered: slug → pages. */
    columnHeads: z.record(z.string(), z.number().int().nonnegative()),
    /** The 政府信息公开 section (its catalog, item and report pages). */
    disclosure: z.boolean(),
    /** The public journal issues and bulletins (everything under /journals/ and /bulletins/). */
    submissionLine: z.boolean(),
    /** The 互动交流 pages with many instances (published replies, their lists, the per-type forms). */
    interaction: z.boolean(),
  })
  .strict()

export type PortalScope = z.infer<typeof scopeSchema>

/** A scope that renders no page of a scoped section (a warm-up). */
export const EMPTY_SCOPE: PortalScope = Object.freeze({ articles: [], columns: [], columnHeads: {}, disclosure: false, submissionLine: false, interaction: false })

/** The scope file's text. */
export const serializeScope = (scope: PortalScope): string => JSON.stringify(scopeSchema.parse(scope))

/** Reads a scope file's text; throws, naming the file, when it is not a scope. */
export function parseScope(text: string, file = 'scope'): PortalScope {
  const parsed = scopeSchema.safeParse(JSON.parse(text))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`发布范围文件 ${file} 格式错误：${issue.path.join('.') || '（根）'}：${issue.message}`)
  }
  return parsed.data
}
