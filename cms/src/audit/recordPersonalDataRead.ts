import type { CollectionAfterOperationHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

/**
 * Every read of citizens' personal data by a person (a list page or one application) is an
 * audit record naming what was read.
 */
export const recordPersonalDataRead: CollectionAfterOperationHook = async ({ args, operation, result, req, collection }) => {
  // Reads with overrideAccess are the system's own (counts for the annual report, hooks).
  if (!req.user || (args as { overrideAccess?: boolean }).overrideAccess) return result
  if (operation === 'findByID' && result) {
    const doc = result as { id: number | string; receiptNo?: string }
    await recordAuditEvent(req, { action: 'personalDataRead', docCollection: collection.slug, docId: doc.id, subject: doc.receiptNo ?? String(doc.id) })
  }
  if (operation === 'find') {
    const docs = ((result as { docs?: { id: number | string; receiptNo?: string }[] }).docs ?? [])
    if (docs.length === 0) return result
    const names = docs.map((d) => d.receiptNo ?? String(d.id))
    await recordAuditEvent(req, {
      action: 'personalDataRead',
      docCollection: collection.slug,
      subject: names.length === 1 ? names[0] : `${names.length} 件申请`,
      detail: `列表查阅：${names.join('、')}`,
    })
  }
  return result
}
