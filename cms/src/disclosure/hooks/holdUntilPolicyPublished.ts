import type { CollectionBeforeChangeHook } from 'payload'
import { userError } from '../../lib/userErrors'


const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number | undefined))

/**
 * An interpretation goes live with its policy. Finally approved before the policy, it stays a
 * draft (its approval is recorded by the workflow) and the policy's publication takes it live;
 * any other attempt to publish it ahead of the policy is refused.
 */
export const holdUntilPolicyPublished: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  if (merged._status !== 'published' || context.publishWithPolicy) return data
  const policyId = idOf(merged.policy)
  if (!policyId) throw userError('政策解读须关联所解读的政策文件。', 400)
  const live = await req.payload.count({
    collection: 'policies',
    where: { and: [{ id: { equals: policyId } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  if (live.totalDocs > 0) return data
  if ((context as { reviewWorkflow?: { publishing?: unknown } }).reviewWorkflow?.publishing) {
    // Final approval of the interpretation: recorded, published together with the policy later.
    data._status = 'draft'
    return data
  }
  throw userError('同步公开：政策解读须与所解读的政策文件同时发布。政策文件终审发布时，已终审的解读随之自动发布。', 409)
}
