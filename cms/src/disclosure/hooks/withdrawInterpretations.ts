import type { CollectionAfterChangeHook } from 'payload'

/**
 * 撤稿 of a policy takes its interpretations off the portal with it (same transaction): an
 * interpretation is never public without the policy it explains.
 */
export const withdrawInterpretations: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?._status !== 'published' || doc._status === 'published') return doc
  const live = await req.payload.count({
    collection: 'policies',
    where: { and: [{ id: { equals: doc.id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  if (live.totalDocs > 0) return doc // a new draft of a still-published policy
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
