import { createLocalReq, type Payload } from 'payload'

import { enqueuePublish } from './enqueuePublish'
import { withPublishLock } from './publishLock'

/** The reason 发布日志 gives for a publish whose worker died or lost the database. */
export const INTERRUPTED = '工作进程中断'

/**
 * A job claimed this recently may not have reached the publish lock yet: it is left alone.
 * Older claims are dead whenever the lock is free (a live publish holds it throughout).
 */
const CLAIM_GRACE_MS = 30_000

/**
 * Resolves publishes a dead worker left behind: with the publish lock free no publish is
 * running anywhere, so a 发布日志 entry still 发布中 and a publish job still marked as being
 * processed belong to a worker that died (or lost its database connection) mid-publish. They
 * are marked failed with the reason 工作进程中断 and the publish is queued again, so the change
 * it carried still goes live. Returns how many were resolved (0 when a publish is running).
 */
export async function recoverInterruptedPublishes(payload: Payload): Promise<number> {
  const outcome = await withPublishLock(payload, async () => {
    const now = new Date()
    const running = await payload.find({
      collection: 'publish-logs',
      where: { status: { equals: 'running' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const log of running.docs) {
      const started = log.startedAt ? Date.parse(log.startedAt) : now.getTime()
      await payload.update({
        collection: 'publish-logs',
        id: log.id,
        overrideAccess: true,
        data: {
          status: 'failed',
          summary: `发布中断，网站保持原样，已重新排队（${log.trigger ?? '发布'}）`,
          error: `${INTERRUPTED}：发布未完成，网站保持原样，已重新排队发布。`,
          finishedAt: now.toISOString(),
          durationMs: now.getTime() - started,
        },
      })
    }
    const stale = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'publishPortal' } },
          { processing: { equals: true } },
          { completedAt: { exists: false } },
          { updatedAt: { less_than: new Date(now.getTime() - CLAIM_GRACE_MS).toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const job of stale.docs) {
      await payload.update({
        collection: 'payload-jobs',
        id: job.id,
        overrideAccess: true,
        data: { processing: false, hasError: true, error: { message: `${INTERRUPTED}：发布未完成，已重新排队发布。` } },
      })
    }
    const resolved = running.docs.length + stale.docs.length
    if (resolved > 0) await enqueuePublish(await createLocalReq({}, payload), `重新发布（${INTERRUPTED}）`)
    return resolved
  })
  return outcome.locked ? outcome.result : 0
}
