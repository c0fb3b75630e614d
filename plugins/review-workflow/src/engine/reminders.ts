import type { PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../options'
import { inTransaction, lockRun, type Run } from './actions'
import { formatDateTime } from '../reviewForm/format'
import { notify } from './notify'

/**
 * Reminds the signers of stages whose deadline is near (within `reminderHours`) or past, once
 * per stage and kind. Run by the scheduled `workflowReminders` job.
 */
export async function remindDeadlines(req: PayloadRequest, options: SanitizedOptions, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + options.reminderHours * 3600_000)
  const due = await req.payload.find({
    collection: options.slugs.runs,
    where: { and: [{ status: { equals: 'in_review' } }, { stageDueAt: { less_than_equal: horizon.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { id: true } as never,
  })
  let sent = 0
  for (const { id } of due.docs as unknown as { id: number }[]) {
    sent += await inTransaction(req, async () => {
      const run = (await lockRun(req, options, id)) as Run & { reminded?: { stage?: number | null; kind?: string | null } }
      if (run.status !== 'in_review' || !run.stageDueAt) return 0
      const kind = new Date(run.stageDueAt) <= now ? 'overdue' : 'dueSoon'
      if (run.reminded?.stage === run.currentStage && (run.reminded.kind === kind || run.reminded.kind === 'overdue')) return 0
      const stage = run.route[run.currentStage ?? 0]
      const due = formatDateTime(run.stageDueAt)
      await notify(req, options, {
        recipients: run.pendingSigners ?? [],
        kind,
        title: kind === 'overdue' ? `审核已超期：《${run.title ?? ''}》` : `审核即将到期：《${run.title ?? ''}》`,
        message: `环节：${stage.label}；时限：${due}`,
        collection: run.docCollection,
        docId: run.docId,
        runId: run.id,
      })
      await req.payload.update({
        collection: options.slugs.runs,
        id: run.id,
        data: { reminded: { stage: run.currentStage, kind } } as never,
        overrideAccess: true,
        req,
        depth: 0,
      })
      return 1
    })
  }
  return sent
}
