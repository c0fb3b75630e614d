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

/** 撤稿: an item leaving the published state is removed from the portal by the next publish. */
export const enqueueWithdrawal: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?._status === 'published' && doc._status !== 'published') {
    await enqueuePublish(req, `撤稿：${doc.title ?? doc.id}`)
  }
  return doc
}
