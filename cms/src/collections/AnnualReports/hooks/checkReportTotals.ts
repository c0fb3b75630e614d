import type { CollectionBeforeChangeHook } from 'payload'


import { annualReportRefusal } from '../../../disclosure/annualReport/check'
import { userError } from '../../../lib/userErrors'

/**
 * Table 三: 一 + 二 = 三 + 四 in every column (and the totals add up); table 四: each 总计 is the
 * sum of its results. Otherwise the save is refused with a message naming the column.
 * A report whose table 三 has not been computed yet may be saved as a draft; final approval
 * (canFinallyApprove) requires it.
 */
export const checkReportTotals: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const stats = data.applicationStats ?? originalDoc?.applicationStats
  const reviewLitigation = data.reviewLitigation ?? originalDoc?.reviewLitigation
  const refusal = annualReportRefusal({ applicationStats: stats, reviewLitigation }, { requireTable3: false })
  if (refusal) throw userError(refusal, 400)
  return data
}
