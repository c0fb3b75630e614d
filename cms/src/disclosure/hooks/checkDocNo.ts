import type { CollectionBeforeChangeHook } from 'payload'


import { validateDocNo } from '../docNo'
import { fieldError } from '../../lib/userErrors'

/**
 * 发文字号 is checked on every save, drafts included (Payload validates fields of drafts only on
 * publication): a wrong number is refused as soon as it is typed, with the field's message.
 */
export const checkDocNo: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (data.docNo === undefined) return data
  if (typeof data.docNo === 'string') data.docNo = data.docNo.trim()
  const result = validateDocNo(data.docNo)
  if (result !== true) throw fieldError(collection.slug, [{ path: 'docNo', message: result }], req)
  return data
}
