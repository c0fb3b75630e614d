/** The CMS's answers to the review workflow at final approval, per collection. */
import type { CanFinallyApproveArgs, FinalApprovalArgs } from '@gov/review-workflow'

import { disclosureRefusal } from '../disclosure/finalApproval'
import { formFilingApprovalRefusal, formFilingSubmitRefusal, onFormFilingApproval } from '../forms/finalApproval'
import { messageReplyRefusal, onMessageReplyApproval } from '../interaction/finalApproval'
import { publishOnApproval } from '../publishing/publishOnApproval'
import { onSubmissionLineApproval, submissionLineRefusal, submissionResubmitRefusal } from '../submissions/finalApproval'

export async function canFinallyApprove(args: CanFinallyApproveArgs): Promise<string | null> {
  return (await submissionLineRefusal(args)) ?? (await disclosureRefusal(args)) ?? (await messageReplyRefusal(args)) ?? (await formFilingApprovalRefusal(args))
}

export async function canSubmit(args: CanFinallyApproveArgs): Promise<string | null> {
  return submissionResubmitRefusal(args) ?? (await formFilingSubmitRefusal(args))
}

export async function onFinalApproval(args: FinalApprovalArgs): Promise<void> {
  await onSubmissionLineApproval(args)
  await publishOnApproval(args)
  await onMessageReplyApproval(args)
  await onFormFilingApproval(args)
}
