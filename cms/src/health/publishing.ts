import type { Payload } from 'payload'

import type { HealthSettings, LastPublishCheck, PublishQueueCheck } from './types'

/** The queue the publishing worker runs (`npm run worker`): portal publishes and 到期下线. */
const PUBLISH_QUEUE = 'publish'

/**
 * Jobs waiting on the publish queue and how long the oldest has been due (since it was queued,
 * or since its `waitUntil` when that is later: a job batched or scheduled for later is not late).
 * One due longer than the limit means no worker is taking jobs, or one hangs.
 */
export async function checkPublishQueue(payload: Payload, settings: HealthSettings, now: number): Promise<PublishQueueCheck> {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: PUBLISH_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true, waitUntil: true },
  })
  let oldestDue: number | null = null
  for (const job of waiting.docs as { createdAt: string; waitUntil?: string | null }[]) {
    const due = Math.max(Date.parse(job.createdAt), job.waitUntil ? Date.parse(job.waitUntil) : 0)
    if (due <= now && (oldestDue === null || due < oldestDue)) oldestDue = due
  }
  const oldestAgeSeconds = oldestDue === null ? null : Math.round((now - oldestDue) / 1000)
  const maxAgeSeconds = Math.round(settings.maxQueueAgeMs / 1000)
  const stuck = oldestAgeSeconds !== null && oldestAgeSeconds > maxAgeSeconds
  return {
    status: stuck ? 'fail' : 'ok',
    length: waiting.totalDocs,
    oldestAgeSeconds,
    maxAgeSeconds,
    ...(stuck ? { detail: `发布队列中最早的任务已等待 ${Math.round(oldestAgeSeconds / 60)} 分钟（发布进程未运行或卡住）。` } : {}),
  }
}

type Log = { status?: string | null; finishedAt?: string | null }

/** When the portal last published successfully, and whether the latest finished publish failed. */
export async function checkLastPublish(payload: Payload): Promise<LastPublishCheck> {
  const latest = (where: object) =>
    payload
      .find({ collection: 'publish-logs', where: where as never, sort: '-finishedAt', limit: 1, depth: 0, overrideAccess: true, select: { status: true, finishedAt: true } })
      .then((r) => r.docs[0] as Log | undefined)
  const [success, finished] = await Promise.all([
    latest({ status: { equals: 'succeeded' } }),
    latest({ and: [{ status: { in: ['succeeded', 'failed'] } }, { finishedAt: { exists: true } }] }),
  ])
  const check: LastPublishCheck = {
    status: 'ok',
    lastSuccessAt: success?.finishedAt ?? null,
    lastStatus: (finished?.status as 'succeeded' | 'failed' | undefined) ?? null,
    lastFinishedAt: finished?.finishedAt ?? null,
  }
  if (!success) Object.assign(check, { status: 'fail', detail: '门户尚未成功发布过。' })
  else if (finished?.status === 'failed') Object.assign(check, { status: 'fail', detail: '最近一次发布失败，网站保持上次成功发布的内容（详见发布日志）。' })
  return check
}
