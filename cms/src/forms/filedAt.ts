import type { PayloadRequest } from 'payload'

import { workflowOptions } from '@gov/review-workflow'

/**
 * When a filing was filed: its first submission to review (a later resubmission after a
 * return does not make an on-time report late). Remembered per request, for list pages.
 */
export async function filedAtOf(req: PayloadRequest, id: number | string): Promise<string | null> {
  const memo = ((req.context as { filedAt?: Map<string, Promise<string | null>> }).filedAt ??= new Map())
  const key = String(id)
  if (!memo.has(key)) {
    memo.set(
      key,
      req.payload
        .find({
          collection: workflowOptions(req.payload).slugs.runs,
          where: { and: [{ docCollection: { equals: 'form-filings' } }, { docId: { equals: key } }] },
          sort: 'submittedAt',
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .then((found) => ((found.docs[0] as { submittedAt?: string | null } | undefined)?.submittedAt ?? null) || null),
    )
  }
  return memo.get(key)!
}
