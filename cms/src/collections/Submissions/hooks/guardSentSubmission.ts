import type { CollectionBeforeChangeHook } from 'payload'

import { revisionHash } from '@gov/review-workflow'

import { SUBMISSION_REVIEWED_FIELDS } from '../reviewedFields'
import { userError } from '../../../lib/userErrors'

/**
 * What was sent stays as the office received it. Only an item the office returned (退稿) may be
 * revised and signed again. The system's own updates (status, receivers) touch no reviewed field.
 */
export const guardSentSubmission: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.sentAt) return data
  if (originalDoc.lineStatus === 'returned') return data
  const before = revisionHash(originalDoc, SUBMISSION_REVIEWED_FIELDS)
  const after = revisionHash({ ...originalDoc, ...data }, SUBMISSION_REVIEWED_FIELDS)
  if (before !== after) {
    throw userError('该信息已报送，不能再修改；如被退稿，可修改后重新提交。如需更正，请联系上级信息工作机构。', 409)
  }
  return data
}
