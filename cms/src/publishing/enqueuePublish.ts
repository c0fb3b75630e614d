import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

/** Approvals arriving within this window are published together. */
const batchMs = () => Number(process.env.PUBLISH_BATCH_MS ?? 3000)

/**
 * Queues a portal publish in the caller's transaction, unless one is already waiting: that one
 * will export the database as it is when it runs, this change included.
 */
export async function enqueuePublish(req: PayloadRequest, trigger: string): Promise<void> {
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    req,
    where: {
      and: [
        { taskSlug: { equals: 'publishPortal' } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  if (waiting.totalDocs > 0) return
  await req.payload.jobs.queue({
    task: 'publishPortal',
    queue: 'publish',
    input: { trigger },
    waitUntil: new Date(Date.now() + batchMs()),
    req,
  })
}

/**
 * 撤稿: an item leaving the published state is removed from the portal by the next publish.
 * Saving a new draft of a published item also reports a draft here, but the live document is
 * still published then: nothing changes on the portal, so nothing is queued.
 */
export const enqueueWithdrawal: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (previousDoc?._status !== 'published' || doc._status === 'published') return doc
  const live = await req.payload.findByID({
    collection: collection.slug as 'articles',
    id: doc.id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { _status: true },
  })
  if (live._status !== 'published') await enqueuePublish(req, `撤稿：${doc.title ?? doc.id}`)
  return doc
}
