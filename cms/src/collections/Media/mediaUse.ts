/**
 * Which media the review workflow stands behind. Only articles use media (their cover, and
 * images placed in the body), so these look at the articles' tables directly.
 */
import type { PayloadRequest } from 'payload'

import { executeSql, sql } from '@gov/review-workflow'

type Id = number | string

const toIds = (rows: Record<string, unknown>[], column: string): number[] =>
  [...new Set(rows.map((r) => Number(r[column])).filter((n) => Number.isInteger(n)))]

/** Media a published article shows: what the portal may show, so what anyone may read. */
export async function publishedMediaIds(req: PayloadRequest): Promise<number[]> {
  const rows = await executeSql(req, sql`select distinct cover_id from articles where _status = 'published' and cover_id is not null`)
  return toIds(rows, 'cover_id')
}

/** Media the latest revision of these articles uses as its cover (what their readers see). */
export async function coversOfArticles(req: PayloadRequest, { unit, ids }: { unit?: Id; ids?: Id[] }): Promise<number[]> {
  const byUnit = unit === undefined ? sql`false` : sql`v.version_unit_id = ${Number(unit)}`
  const numericIds = (ids ?? []).map(Number).filter((n) => Number.isInteger(n))
  const byId = numericIds.length === 0 ? sql`false` : sql`v.parent_id in (${sql.join(numericIds.map((n) => sql`${n}`), sql`, `)})`
  const rows = await executeSql(
    req,
    sql`select distinct v.version_cover_id from _articles_v v where v.latest and v.version_cover_id is not null and (${byUnit} or ${byId})`,
  )
  return toIds(rows, 'version_cover_id')
}

/** The body (Lexical JSON) places the media as an upload node. */
const bodyUses = (column: ReturnType<typeof sql>, mediaId: number) =>
  sql`jsonb_path_exists(${column}, 'lax $.** ? (@.type == "upload" && @.relationTo == "media" && (@.value == $id || @.value.id == $id))', jsonb_build_object('id', ${mediaId}::int))`

export type ReviewedUse = { id: number; title: string; state: 'published' | 'in_review' }

/**
 * Articles whose published revision, or whose revision now in review, uses the media (as cover
 * or in the body): what a signer approved, so it may not change under them.
 */
export async function reviewedUsesOf(req: PayloadRequest, mediaId: Id): Promise<ReviewedUse[]> {
  const id = Number(mediaId)
  if (!Number.isInteger(id)) return []
  const rows = await executeSql(
    req,
    sql`select a.id, a.title, 'published' as state from articles a
          where a._status = 'published' and (a.cover_id = ${id} or ${bodyUses(sql`a.body`, id)})
        union
        select v.parent_id as id, v.version_title as title, 'in_review' as state from _articles_v v
          join workflow_runs r on r.doc_collection = 'articles' and r.doc_id = v.parent_id::text and r.status = 'in_review'
          where v.latest and (v.version_cover_id = ${id} or ${bodyUses(sql`v.version_body`, id)})`,
  )
  return rows.map((r) => ({ id: Number(r.id), title: String(r.title ?? ''), state: r.state as ReviewedUse['state'] }))
}
