import type { CollectionAfterOperationHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

/** 依申请公开 applications by 受理编号, 互动交流 messages by 查询码. */
type Numbered = { id: number | string; receiptNo?: string; queryCode?: string }
const numberOf = (doc: Numbered) => doc.receiptNo ?? doc.queryCode ?? String(doc.id)

/**
 * Every read of citizens' personal data by a person (a list page or one application) is an
 * audit record naming what was read.
 */
export const recordPersonalDataRead: CollectionAfterOperationHook = async ({ args, operation, result, req, collection }) => {
  // Reads with overrideAccess are the system's own (counts for the annual report, hooks).
  if (!req.user || (args as { overrideAccess?: boolean }).overrideAccess) return result
  if (operation === 'findByID' && result) {
    const doc = result as Numbered
    await recordAuditEvent(req, { action: 'personalDataRead', docCollection: collection.slug, docId: doc.id, subject: numberOf(doc) })
  }
  if (operation === 'find') {
    const docs = (result as { docs?: Numbered[] }).docs ?? []
    if (docs.length === 0) return result
    const names = docs.map(numberOf)
    await recordAuditEvent(req, {
      action: 'personalDataRead',
      docCollection: collection.slug,
      subject: names.length === 1 ? names[0] : `${names.length} 件${collection.slug === 'messages' ? '留言' : '申请'}`,
      detail: `列表查阅：${names.join('、')}`,
    })
  }
  return result
}
