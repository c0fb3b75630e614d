/**
 * What the review workflow asks the 政府信息公开 section at final approval: may the item be
 * finally approved (同步公开 of a policy and its interpretation, annual-report totals). Publishing
 * the approved item is the portal's (publishing/publishOnApproval.ts).
 */
import type { CanFinallyApproveArgs } from '@gov/review-workflow'

import { annualReportRefusal } from './annualReport/check'
import { interpretationGateRefusal } from './synchronousDisclosure'

export async function disclosureRefusal({ req, collection, docId, doc }: CanFinallyApproveArgs): Promise<string | null> {
  if (collection === 'policies') return interpretationGateRefusal(req, { id: docId, needsInterpretation: Boolean(doc.needsInterpretation) })
  if (collection === 'annual-reports') return annualReportRefusal(doc)
  return null
}
