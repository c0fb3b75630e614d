import type { CollectionBeforeChangeHook } from 'payload'


import { idOf } from '../../../submissions/line'
import { loadUnitTree, upperOfficeOf } from '../../../submissions/offices'
import { userError } from '../../../lib/userErrors'

/**
 * A decision, once saved, is a fact: adoption cannot be changed, a forward cannot be taken back,
 * a returned item is closed. Adopting needs a mode and an unsigned issue of this office; returning
 * needs a reason and is not possible after adopting or forwarding.
 */
export const checkReceiptDecision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update') return data
  const before = originalDoc ?? {}
  const after = { ...before, ...data }
  if (before.status === 'returned') throw userError('该信息已退稿，不能再处理。', 409)

  const adoptedBefore = idOf(before.adoptedIn) !== null
  if (adoptedBefore && (idOf(after.adoptedIn) !== idOf(before.adoptedIn) || after.adoptionMode !== before.adoptionMode)) {
    throw userError('采用已登记，不能修改；如需更正，请联系系统管理员。', 409)
  }
  if (before.forward && !after.forward) throw userError('已转报的信息不能撤回转报。', 409)

  const adopting = !adoptedBefore && (Boolean(after.adoptionMode) || idOf(after.adoptedIn) !== null)
  if (adopting) {
    if (!after.adoptionMode) throw userError('请选择采用方式（全文、摘要或综合）。')
    const issueId = idOf(after.adoptedIn)
    if (issueId === null) throw userError('请选择采用的刊期。')
    const issue = await req.payload.findByID({ collection: 'journal-issues', id: issueId, depth: 0, draft: true, overrideAccess: true, req }).catch(() => null)
    if (!issue) throw userError('所选刊期不存在。')
    if (idOf(issue.office) !== idOf(before.office)) throw userError('只能采用到本机构编印的刊物。', 403)
    if (issue.signedAt) throw userError(`${issue.title ?? '该期'}已签发，不能再增加稿件；请选择或新建一期。`, 409)
  }

  if (typeof data.returnReason === 'string' && !data.returnReason.trim()) data.returnReason = null
  const returning = Boolean(after.returnReason?.trim()) && !before.returnReason?.trim()
  if (returning && (adoptedBefore || adopting || before.forward || after.forward)) {
    throw userError('已采用或转报的信息不能退稿。', 409)
  }
  if (after.forward && !before.forward) {
    const tree = await loadUnitTree(req)
    if (upperOfficeOf(tree, idOf(before.office)!) === null) throw userError('本机构已是最高一级，无法转报。', 409)
  }

  const adopted = adoptedBefore || adopting
  data.status = returning ? 'returned' : adopted && after.forward ? 'adoptedForwarded' : adopted ? 'adopted' : after.forward ? 'forwarded' : 'pending'
  if (returning || adopting || (after.forward && !before.forward)) {
    data.handledBy = req.user?.id
    data.handledAt = new Date().toISOString()
  }
  return data
}
