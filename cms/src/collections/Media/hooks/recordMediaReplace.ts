import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

/** A file replaced (one no published or in-review article uses) is on the audit chain. */
export const recordMediaReplace: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !req.file) return doc
  await recordAuditEvent(req, {
    action: 'mediaReplace',
    subject: previousDoc?.filename ?? `媒体文件 ${doc.id}`,
    detail: `文件：${previousDoc?.filename ?? '无'} → ${doc.filename ?? '无'}`,
    docCollection: 'media',
    docId: doc.id,
  })
  return doc
}
