import type { PayloadRequest, Where } from 'payload'

import { docsRoutedTo } from '@gov/review-workflow'

/**
 * Items of the collection whose review is routed to the signed-in user now (a current or past
 * stage of a run in review names them, or delegates to them), as a constraint on `id` (`parent`
 * for version history); null when there are none.
 */
export async function routedToUser(req: PayloadRequest, collection: string, idField: 'id' | 'parent' = 'id'): Promise<Where | null> {
  if (!req.user) return null
  const ids = await docsRoutedTo(req, collection, req.user.id)
  return ids.length > 0 ? { [idField]: { in: ids } } : null
}
