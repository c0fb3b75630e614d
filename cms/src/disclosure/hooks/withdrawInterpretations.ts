import type { CollectionAfterChangeHook } from 'payload'

import { leftPublished } from '../../publishing/enqueuePublish'

/**
 * 撤稿 of a policy takes its interpretations off the portal with it (same transaction): an
 * interpretation is never public without the policy it explains.
 */
export const withdrawInterpretations: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  // Also when the policy had a newer draft: what counts is the live row leaving the published state.
  if (!(await leftPublished(req, 'policies', doc, previousDoc))) return doc
  const published = await req.payload.find({
    collection: 'interpretations',
    where: { and: [{ policy: { equals: doc.id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const row of published.docs) {
    await req.payload.update({
      collection: 'interpretations',
      id: row.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      req,
      context: { withdrawWithPolicy: doc.id },
    })
  }
  return doc
}
