/** What final approval means on the submission line: sent up, signed off (刊物签发), published. */
import type { CanFinallyApproveArgs, FinalApprovalArgs } from '@gov/review-workflow'

import { enqueuePublish } from '../publishing/enqueuePublish'
import { idOf, recordIssueAdoptions, sendRefusal, sendSubmission } from './line'

/** A sent item goes into review again only after the office returned it (退稿). */
export function submissionResubmitRefusal({ collection, doc }: CanFinallyApproveArgs): string | null {
  if (collection !== 'submissions' || !doc.sentAt || doc.lineStatus === 'returned') return null
  return '该信息已报送，不能重复提交；被退稿后可修改重新提交。'
}

export async function submissionLineRefusal({ req, collection, doc }: CanFinallyApproveArgs): Promise<string | null> {
  if (collection === 'submissions') {
    if (doc.sentAt && doc.lineStatus !== 'returned') return '该信息已报送。'
    return sendRefusal(req, idOf(doc.unit))
  }
  return null
}

export async function onSubmissionLineApproval({ req, collection, docId, emergency }: FinalApprovalArgs): Promise<void> {
  if (collection === 'submissions') {
    await sendSubmission(req, Number(docId))
    return
  }
  if (collection !== 'journal-issues' && collection !== 'bulletins') return
  const signer = (req.user as { name?: string } | null)?.name ?? ''
  if (collection === 'journal-issues') {
    // The masthead carries the leader's sign-off date (签发日期); not a reviewed field, so the approval stands.
    // (No req.context flag: Local API context sticks to the request and would leak into later saves.)
    const issue = await req.payload.update({
      collection,
      id: docId,
      data: { signedAt: new Date().toISOString(), signer },
      overrideAccess: true,
      req,
    })
    await recordIssueAdoptions(req, Number(docId))
    if (issue.public && issue.classification === 'public') await enqueuePublish(req, `${emergency ? '紧急发布' : '签发'}：刊物 ${issue.title}`)
    return
  }
  await enqueuePublish(req, `${emergency ? '紧急发布' : '终审发布'}：通报 ${docId}`)
}
