import type { CollectionAfterChangeHook } from 'payload'

import { approvedUnpublishedInterpretations } from '../synchronousDisclosure'

/** A published policy takes its finally approved interpretations live, in the same transaction. */
export const publishApprovedInterpretations: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  for (const row of await approvedUnpublishedInterpretations(req, doc.id)) {
    await req.payload.update({
      collection: 'interpretations',
      id: row.id,
      data: { _status: 'published' },
      overrideAccess: true,
      req,
      context: { publishWithPolicy: doc.id },
    })
  }
  return doc
}
