import type { ContentCheckArgs, ContentFinding } from '@gov/review-workflow'

import { runContentChecks } from './runContentChecks'

/**
 * What the public will read is checked: portal content, answers to citizens, bulletins, and
 * the journal issues marked for the portal. An internal journal is 内部资料 by design and goes
 * to offices, not the web; submissions are checked in the issue that carries them; IT projects
 * are filing forms with contact details on purpose.
 */
export const CHECKED_COLLECTIONS = new Set(['articles', 'policies', 'interpretations', 'annual-reports', 'message-replies', 'journal-issues', 'bulletins'])

const goesPublic = (collection: string, doc: Record<string, unknown>) => collection !== 'journal-issues' || doc.public === true

export async function contentChecks({ req, collection, doc }: ContentCheckArgs): Promise<ContentFinding[]> {
  if (!CHECKED_COLLECTIONS.has(collection) || !goesPublic(collection, doc)) return []
  return runContentChecks(req, collection, doc)
}
