import type { Payload } from 'payload'

import { type ChainBreak, findBreak, GENESIS } from './chain'

export type VerifyResult = { checked: number; broken: ChainBreak | null }

/** Walks the whole audit chain in sequence order, a page at a time. */
export async function verifyAuditChain(payload: Payload, { pageSize = 1000 } = {}): Promise<VerifyResult> {
  const state = { prevHash: GENESIS, seq: 0 }
  let checked = 0
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'audit-log' as never,
      sort: 'seq',
      limit: pageSize,
      page,
      depth: 0,
      overrideAccess: true,
    })
    const broken = findBreak(result.docs as unknown as Record<string, unknown>[], state)
    if (broken) return { checked: checked + (broken.seq - (checked + 1)), broken }
    checked += result.docs.length
    if (!result.hasNextPage) return { checked, broken: null }
  }
}
