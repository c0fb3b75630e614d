import type { Payload } from 'payload'

import { PUBLISH_QUEUE_LOCK, withAdvisoryLock } from './publishLock'

/**
 * One round of the publish queue, run only by the holder of the queue lock: Payload 3 claims jobs
 * with a read followed by an update, so two runners polling at the same moment could both claim —
 * and run — the same job. `{ locked: false }` when another runner has the queue.
 */
export function runPublishQueue(payload: Payload, { schedules = false }: { schedules?: boolean } = {}) {
  return withAdvisoryLock(payload, PUBLISH_QUEUE_LOCK, async () => {
    // Scheduled tasks on this queue (到期下线) are queued by long-running workers only.
    if (schedules) await payload.jobs.handleSchedules({ queue: 'publish' })
    await payload.jobs.run({ queue: 'publish', limit: 5 })
  })
}

export const WORKFLOW_QUEUE_LOCK = 'gov-workflow-queue'

/**
 * One round of the workflow queue (deadline reminders, audit checkpoints, alarms …) in a worker,
 * for deployments whose admin reads from replicas and so does not run it (payload.config.ts).
 */
export function runWorkflowQueue(payload: Payload) {
  return withAdvisoryLock(payload, WORKFLOW_QUEUE_LOCK, async () => {
    await payload.jobs.handleSchedules({ queue: 'workflow' })
    await payload.jobs.run({ queue: 'workflow', limit: 10 })
  })
}
