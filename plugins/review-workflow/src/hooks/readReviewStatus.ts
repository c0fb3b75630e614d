import type { FieldHook } from 'payload'

import { RUN_STATUS_LABELS, type RunStatus } from '../collections/WorkflowRuns'
import type { SanitizedOptions } from '../options'

/**
 * The 审核状态 column of list views: the latest run's status and stage. Computed for
 * signed-in users only, so public reads (and the portal export) never pay for the query.
 */
export const readReviewStatus =
  (options: SanitizedOptions, collection: string): FieldHook =>
  async ({ data, req }) => {
    if (!req.user || !data?.id) return null
    const found = await req.payload.find({
      collection: options.slugs.runs,
      where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: String(data.id) } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
      select: { status: true, stageLabel: true } as never,
    })
    const run = found.docs[0] as unknown as { status: RunStatus; stageLabel?: string } | undefined
    if (!run) return '未提交'
    return run.status === 'in_review' ? `审核中：${run.stageLabel ?? ''}` : RUN_STATUS_LABELS[run.status]
  }
