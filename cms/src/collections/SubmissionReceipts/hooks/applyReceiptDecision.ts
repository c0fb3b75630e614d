import type { CollectionAfterChangeHook } from 'payload'

import { adoptReceipt, forwardReceipt, idOf, type ReceiptDoc, returnReceipt } from '../../../submissions/line'

/** Carries out what was just decided, in the same transaction: events, the issue, the next office. */
export const applyReceiptDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const receipt = doc as ReceiptDoc
  const before = (previousDoc ?? {}) as ReceiptDoc
  if (idOf(receipt.adoptedIn) !== null && idOf(before.adoptedIn) === null) await adoptReceipt(req, receipt)
  if (receipt.status === 'returned' && before.status !== 'returned') await returnReceipt(req, receipt)
  if (receipt.forward && !before.forward) {
    const next = await forwardReceipt(req, receipt)
    await req.payload.update({
      collection: 'submission-receipts',
      id: receipt.id,
      data: { forwardedTo: next },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
