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

/** The collection's 涉密 checkbox, as the review workflow is configured. */
function classifiedFieldOf(req: PayloadRequest, collection: string): string | undefined {
  const options = req.payload.config.custom?.reviewWorkflow as { collections?: Record<string, { classifiedField?: string }> } | undefined
  return options?.collections?.[collection]?.classifiedField
}

/**
 * Whether this save took the item off the published state (撤稿). Payload hands afterChange
 * hooks the latest version as `previousDoc`, which is a draft when the published item has a
 * newer draft, so the live row itself is read: a save that wrote it (an unpublish) stamps it
 * with the saved document's `updatedAt`; a draft save leaves it as it was.
 */
export async function leftPublished(req: PayloadRequest, collection: string, doc: Record<string, unknown>, previousDoc?: Record<string, unknown>): Promise<boolean> {
  if (doc._status === 'published') return false
  const live = await liveRow(req, collection, doc.id as number)
  if (live._status === 'published') return false
  return previousDoc?._status === 'published' || live.updatedAt === doc.updatedAt
}

const liveRow = (req: PayloadRequest, collection: string, id: number) =>
  req.payload.findByID({
    collection: collection as 'articles',
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { _status: true, updatedAt: true },
  })

/**
 * 撤稿: an item leaving the published state is removed from the portal by the next publish. A
 * draft saved over a published item changes nothing on the portal, so nothing is queued —
 * unless it marks the item 涉密: then the live item is unpublished at once (its row written from
 * that draft), and that unpublish queues the publish that takes it off the portal.
 */
export const enqueueWithdrawal: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const classifiedField = classifiedFieldOf(req, collection.slug)
  if (classifiedField && doc[classifiedField] && (await liveRow(req, collection.slug, doc.id))._status === 'published') {
    await req.payload.update({ collection: collection.slug as 'articles', id: doc.id, data: { _status: 'draft' }, depth: 0, overrideAccess: true, req })
    return doc
  }
  if (await leftPublished(req, collection.slug, doc, previousDoc)) await enqueuePublish(req, `撤稿：${doc.title ?? doc.id}`)
  return doc
}
