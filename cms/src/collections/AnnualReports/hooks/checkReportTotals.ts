import type { CollectionBeforeChangeHook } from 'payload'

import { userError } from '@gov/review-workflow'

import { annualReportRefusal } from '../../../disclosure/annualReport/check'

/** 一 + 二 = 三 + 四 in every column of table 三 (and the totals add up), or the save is refused. */
export const checkReportTotals: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const stats = data.applicationStats ?? originalDoc?.applicationStats
  if (stats === undefined || stats === null) return data
  const refusal = annualReportRefusal({ applicationStats: stats })
  if (refusal) throw userError(refusal, 400)
  return data
}
