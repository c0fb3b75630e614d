import type { CollectionBeforeChangeHook } from 'payload'

import { userError } from '../errors'
import { revisionHash } from '../engine/revisionHash'
import type { SanitizedOptions } from '../options'

/**
 * The publish gate. Whatever the path — admin, REST, GraphQL, Local API with overrideAccess,
 * jobs, scheduled publish, version restore — a save that leaves the item published must carry
 * exactly the revision a run approved (or emergency-published). Classified items never pass.
 */
export const guardPublish =
  (options: SanitizedOptions, collection: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
    if (merged._status !== 'published') return data
    const config = options.collections[collection]
    if (config.classifiedField && merged[config.classifiedField]) {
      throw userError('涉密信息不得发布。', 403)
    }
    if (operation === 'create' || !originalDoc?.id) {
      throw userError('未经审核不得发布：请先保存为草稿并提交审核，终审通过后自动发布。', 403)
    }
    const hash = revisionHash(merged, config.reviewedFields)
    const approved = await req.payload.count({
      collection: options.slugs.runs,
      overrideAccess: true,
      req,
      where: {
        and: [
          { docCollection: { equals: collection } },
          { docId: { equals: String(originalDoc.id) } },
          { revisionHash: { equals: hash } },
          {
            or: [
              { status: { equals: 'approved' } },
              { and: [{ 'emergency.published': { equals: true } }, { status: { equals: 'in_review' } }] },
            ],
          },
        ],
      },
    })
    if (approved.totalDocs === 0) {
      throw userError('未经终审不得发布：该版本没有完成审核流程。请提交审核，终审通过后自动发布。', 403)
    }
    return data
  }
