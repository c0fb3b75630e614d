import type { Payload, TaskConfig } from 'payload'

/**
 * 到期下线: published articles whose 下线时间 has passed are unpublished; the withdrawal hook
 * then queues the publish that removes their pages, list entries, sitemap, RSS and search entries.
 */
export async function expireArticles(payload: Payload, now = new Date()): Promise<number> {
  const expired = await payload.find({
    collection: 'articles',
    where: { and: [{ _status: { equals: 'published' } }, { expiresAt: { less_than_equal: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true },
  })
  for (const { id } of expired.docs) {
    await payload.update({ collection: 'articles', id, data: { _status: 'draft' }, overrideAccess: true })
  }
  return expired.docs.length
}

/** Every 10 minutes on the publishing queue (the worker schedules and runs it). */
export const expireArticlesTask = {
  slug: 'expireArticles',
  label: '到期稿件下线',
  schedule: [{ cron: '*/10 * * * *', queue: 'publish' }],
  outputSchema: [{ name: 'expired', type: 'number' }],
  handler: async ({ req }) => ({ output: { expired: await expireArticles(req.payload) } }),
} as TaskConfig
