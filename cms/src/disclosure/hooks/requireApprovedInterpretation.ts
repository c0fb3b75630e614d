import type { CollectionBeforeChangeHook } from 'payload'


import { interpretationGateRefusal } from '../synchronousDisclosure'
import { userError } from '../../lib/userErrors'

/**
 * The 同步公开 gate on every publishing path of a policy (admin, REST, GraphQL, Local API with
 * overrideAccess, scheduled and emergency publish): a policy needing interpretation is not
 * saved as published until its interpretations have final approval.
 */
export const requireApprovedInterpretation: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  if (merged._status !== 'published') return data
  const refusal = await interpretationGateRefusal(req, { id: originalDoc?.id, needsInterpretation: merged.needsInterpretation })
  if (refusal) throw userError(refusal, 409)
  return data
}
