import type { Payload } from 'payload'

import type { AuditAnchor, SanitizedOptions } from '../options'
import { type ChainBreak, type ChainState, findBreak, GENESIS } from './chain'

export type VerifyResult = {
  checked: number
  broken: ChainBreak | null
  /** Checkpoints kept outside the database that were compared with the chain. */
  anchorsChecked: number
  /** Whether records carry a keyed MAC that was checked. */
  macChecked: boolean
}

function anchorsBySeq(anchors: AuditAnchor[]): Map<number, AuditAnchor> {
  const bySeq = new Map<number, AuditAnchor>()
  for (const anchor of anchors) bySeq.set(anchor.seq, anchor)
  return bySeq
}

/**
 * Where the chain starts after an archive: the record before the first one left, as named by
 * an `auditArchive` record (itself on the chain, so it cannot be forged without breaking it).
 */
async function archivedBase(payload: Payload): Promise<ChainState | null> {
  const first = await payload.find({ collection: 'audit-log' as never, sort: 'seq', limit: 1, depth: 0, overrideAccess: true })
  const record = first.docs[0] as unknown as { seq: number; prevHash: string } | undefined
  if (!record || Number(record.seq) === 1) return null
  const base = String(Number(record.seq) - 1)
  const archive = await payload.find({
    collection: 'audit-log' as never,
    where: { and: [{ action: { equals: 'auditArchive' } }, { docId: { equals: base } }, { revisionHash: { equals: record.prevHash } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return archive.docs.length ? { seq: Number(base), prevHash: record.prevHash } : null
}

/**
 * Walks the whole audit chain in sequence order, a page at a time: every record's hash, its
 * link to the previous record, its MAC (when a key is configured) and every checkpoint kept
 * outside the database (a newest record deleted, or the chain rewritten, no longer matches).
 */
export async function verifyAuditChain(payload: Payload, { pageSize = 1000 } = {}): Promise<VerifyResult> {
  const options = payload.config.custom?.reviewWorkflow as SanitizedOptions | undefined
  const macKey = options?.audit.macKey()
  const anchors = anchorsBySeq(options?.audit.anchors?.read() ?? [])
  const state: ChainState = (await archivedBase(payload)) ?? { prevHash: GENESIS, seq: 0 }
  let checked = 0
  const result = (broken: ChainBreak | null): VerifyResult => ({ checked, broken, anchorsChecked: anchors.size, macChecked: Boolean(macKey) })
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: 'audit-log' as never,
      sort: 'seq',
      limit: pageSize,
      page,
      depth: 0,
      overrideAccess: true,
    })
    const records = found.docs as unknown as Record<string, unknown>[]
    const broken = findBreak(records, state, macKey)
    if (broken) {
      checked += broken.seq - (checked + 1)
      return result(broken)
    }
    for (const record of records) {
      const anchor = anchors.get(Number(record.seq))
      if (anchor && anchor.hash !== record.hash) {
        return result({ seq: anchor.seq, id: record.id as number | string, reason: `与 ${anchor.at} 的检查点不符：该记录已被改写（整条链被重新计算）` })
      }
    }
    checked += records.length
    if (!found.hasNextPage) break
  }
  const newest = Math.max(0, ...anchors.keys())
  if (newest > state.seq) {
    const anchor = anchors.get(newest)!
    return result({
      seq: newest,
      id: '',
      reason: `审计记录被截断：${anchor.at} 的检查点记有第 ${newest} 条记录，现在链上只到第 ${state.seq} 条`,
    })
  }
  return result(null)
}
