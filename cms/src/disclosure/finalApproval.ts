/**
 * What the review workflow asks the CMS at final approval: may the item be finally approved
 * (同步公开, annual-report totals), and what happens once it is (portal publish).
 */
import type { CanFinallyApproveArgs, FinalApprovalArgs } from '@gov/review-workflow'

import { enqueuePublish } from '../publishing/enqueuePublish'
import { annualReportRefusal } from './annualReport/check'
import { interpretationGateRefusal } from './synchronousDisclosure'

const NAMES: Record<string, string> = {
  articles: '文章',
  policies: '政策文件',
  interpretations: '政策解读',
  'annual-reports': '政府信息公开年报',
}

export async function canFinallyApprove({ req, collection, docId, doc }: CanFinallyApproveArgs): Promise<string | null> {
  if (collection === 'policies') return interpretationGateRefusal(req, { id: docId, needsInterpretation: Boolean(doc.needsInterpretation) })
  if (collection === 'annual-reports') return annualReportRefusal(doc)
  return null
}

export async function onFinalApproval({ req, collection, docId, emergency }: FinalApprovalArgs): Promise<void> {
  if (!NAMES[collection]) return
  await enqueuePublish(req, `${emergency ? '紧急发布' : '终审发布'}：${NAMES[collection]} ${docId}`)
}
