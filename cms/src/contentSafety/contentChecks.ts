import type { ContentCheckArgs, ContentFinding } from '@gov/review-workflow'

import { runContentChecks } from './runContentChecks'

/**
 * What the public will read is checked: portal content, answers to citizens and the journals
 * and bulletins that go to other offices. Submissions are checked in the journal issue that
 * carries them; IT projects are filing forms with contact details on purpose.
 */
export const CHECKED_COLLECTIONS = new Set(['articles', 'policies', 'interpretations', 'annual-reports', 'message-replies', 'journal-issues', 'bulletins'])

export async function contentChecks({ req, collection, doc }: ContentCheckArgs): Promise<ContentFinding[]> {
  if (!CHECKED_COLLECTIONS.has(collection)) return []
  return runContentChecks(req, collection, doc)
}
