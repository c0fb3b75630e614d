/**
 * The forms' answers to the review workflow: which route signs a filing (its form names it),
 * what must hold before it is submitted (every required item, the figures add up), and what
 * its final approval does (the form's named action).
 */
import type { CanFinallyApproveArgs, FinalApprovalArgs } from '@gov/review-workflow'

import { actionOf, type FilingForAction } from './approvalActions'
import { checkComplete } from './checkFiling'
import { idOf, loadForm } from './loadForm'
import type { FormData } from './types'

const FILINGS = 'form-filings'

const filingOf = (docId: string, doc: Record<string, unknown>): FilingForAction => ({
  id: docId,
  unit: idOf(doc.unit) as number | string,
  data: (doc.data ?? {}) as FormData,
  title: doc.title as string | undefined,
})

/** The code of the review route the filing's form names. */
export async function formWorkflowCode({ req, doc }: CanFinallyApproveArgs): Promise<string | null> {
  const form = await loadForm(req, doc.form)
  const workflow = idOf(form.workflow)
  if (workflow === undefined || workflow === null) return null
  const definition = await req.payload.findByID({ collection: 'workflow-definitions', id: workflow, depth: 0, overrideAccess: true, req, disableErrors: true })
  return ((definition as { code?: string } | null)?.code ?? null) || null
}

/** A filing goes to review only complete and with its figures adding up. */
export async function formFilingSubmitRefusal({ req, collection, doc }: CanFinallyApproveArgs): Promise<string | null> {
  if (collection !== FILINGS) return null
  const form = await loadForm(req, doc.form)
  if (!form.active) return `表单“${form.name}”已停用，不能提交。`
  const problems = checkComplete(form, (doc.data ?? {}) as FormData)
  if (problems.length === 0) return null
  return `填报内容还不能提交：${problems.map((p) => p.message).join('；')}`
}

/** The form's action may refuse final approval first (nothing is half done). */
export async function formFilingApprovalRefusal({ req, collection, docId, doc }: CanFinallyApproveArgs): Promise<string | null> {
  if (collection !== FILINGS) return null
  const form = await loadForm(req, doc.form)
  const action = actionOf(form)
  return (await action?.refusal?.(req, filingOf(docId, doc), form)) ?? null
}

export async function onFormFilingApproval({ req, collection, docId }: FinalApprovalArgs): Promise<void> {
  if (collection !== FILINGS) return
  const doc = await req.payload.findByID({ collection: FILINGS, id: docId, depth: 0, overrideAccess: true, req })
  const form = await loadForm(req, doc.form)
  await actionOf(form)?.run(req, filingOf(docId, doc as unknown as Record<string, unknown>), form)
}
