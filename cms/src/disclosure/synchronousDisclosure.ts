/**
 * 同步公开: a policy marked as needing interpretation is finally approved and published only
 * once every interpretation of it has final approval; the interpretations then go live in the
 * same transaction as the policy (one portal publish contains both).
 */
import type { PayloadRequest } from 'payload'

import { hasFinalApproval, workflowOptions } from '@gov/review-workflow'

type PolicyLike = { id?: number | string; needsInterpretation?: boolean | null }
type InterpretationRow = { id: number; title?: string; _status?: string | null }

/** Every interpretation linked to the policy, in its latest (draft) revision. */
export async function interpretationsOf(req: PayloadRequest, policyId: number | string): Promise<InterpretationRow[]> {
  const found = await req.payload.find({
    collection: 'interpretations',
    where: { policy: { equals: policyId } },
    draft: true,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return found.docs as unknown as InterpretationRow[]
}

async function isLive(req: PayloadRequest, id: number): Promise<boolean> {
  const live = await req.payload.find({
    collection: 'interpretations',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return live.totalDocs > 0
}

/** Interpretations whose current revision has final approval and that are not live yet. */
export async function approvedUnpublishedInterpretations(req: PayloadRequest, policyId: number | string): Promise<InterpretationRow[]> {
  const options = workflowOptions(req.payload)
  const ready: InterpretationRow[] = []
  for (const row of await interpretationsOf(req, policyId)) {
    if (await isLive(req, row.id)) continue
    if (await hasFinalApproval(req, options, 'interpretations', row.id)) ready.push(row)
  }
  return ready
}

/** Why the policy may not be finally approved or published yet, or null. */
export async function interpretationGateRefusal(req: PayloadRequest, policy: PolicyLike): Promise<string | null> {
  if (!policy.needsInterpretation) return null
  if (policy.id === undefined) return '同步公开：该政策文件须同步公开政策解读，请先保存文件并关联解读材料。'
  const rows = await interpretationsOf(req, policy.id)
  if (rows.length === 0) {
    return '同步公开：该政策文件标注为“需同步公开政策解读”，但尚无关联的政策解读。请先起草解读并完成审核，再终审或发布本文件。'
  }
  const options = workflowOptions(req.payload)
  const pending: string[] = []
  for (const row of rows) {
    if ((await isLive(req, row.id)) || (await hasFinalApproval(req, options, 'interpretations', row.id))) continue
    pending.push(`《${row.title ?? row.id}》`)
  }
  if (pending.length === 0) return null
  return `同步公开：政策解读${pending.join('、')}尚未终审通过，政策文件不能终审或发布。请先完成解读的审核，文件终审后二者同时发布。`
}
