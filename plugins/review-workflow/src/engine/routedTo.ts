import type { PayloadRequest } from 'payload'

import { executeSql, sql } from './sql'

export type RoutedRun = { runId: string; docCollection: string; docId: string }

const cache = new WeakMap<PayloadRequest, Map<string, Promise<RoutedRun[]>>>()

/**
 * The runs in review that are routed to the user now: the current stage or a stage already
 * passed names them as a signer, or a stage was delegated to them. Stages still ahead do not
 * count, nor do finished runs. Calls of one request made at the same time (Payload asks every
 * collection's access at once) share one query; a later call asks again, as runs change.
 */
export function runsRoutedTo(req: PayloadRequest, userId: number | string): Promise<RoutedRun[]> {
  let byUser = cache.get(req)
  if (!byUser) cache.set(req, (byUser = new Map()))
  const key = String(userId)
  let found = byUser.get(key)
  if (!found) {
    found = executeSql(
      req,
      sql`select r.id, r.doc_collection, r.doc_id from workflow_runs r
          where r.status = 'in_review' and (
            exists (
              select 1 from jsonb_array_elements(case when jsonb_typeof(r.route) = 'array' then r.route else '[]'::jsonb end) as st(stage),
                            jsonb_array_elements(case when jsonb_typeof(st.stage->'signers') = 'array' then st.stage->'signers' else '[]'::jsonb end) as s(signer)
              where coalesce((st.stage->>'index')::int, 0) <= coalesce(r.current_stage, 0) and s.signer->>'id' = ${key}
            )
            or exists (select 1 from workflow_runs_delegations d where d._parent_id = r.id and d.to_id::text = ${key})
          )`,
    ).then((rows) => rows.map((row) => ({ runId: String(row.id), docCollection: String(row.doc_collection), docId: String(row.doc_id) })))
    const forget = () => byUser!.delete(key)
    found.then(forget, forget)
    byUser.set(key, found)
  }
  return found
}

/** Ids of the collection's documents whose review is routed to the user now (see runsRoutedTo). */
export async function docsRoutedTo(req: PayloadRequest, collection: string, userId: number | string): Promise<(number | string)[]> {
  const runs = await runsRoutedTo(req, userId)
  const ids = new Set(runs.filter((r) => r.docCollection === collection).map((r) => r.docId))
  return [...ids].map((id) => (/^\d+$/.test(id) ? Number(id) : id))
}
