import { canonicalJson, hashHex } from '../engine/hash'

/** The fields of an audit record that its hash covers, in a stable shape. */
export type AuditContent = {
  seq: number
  at: string
  actor: number | string | null
  actorName: string | null
  actingFor: number | string | null
  actingForName: string | null
  roles: string | null
  unit: string | null
  action: string
  docCollection: string | null
  docId: string | null
  runId: string | null
  stage: number | null
  opinion: string | null
  revisionHash: string | null
  clientAddress: string | null
  prevHash: string
}

export const GENESIS = '0'.repeat(64)

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : ((v as number | string | null | undefined) ?? null))

/** Reads the hashed content from a stored record (relations may be populated or not). */
export function auditContent(record: Record<string, unknown>): AuditContent {
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v))
  return {
    seq: Number(record.seq),
    at: new Date(record.at as string).toISOString(),
    actor: idOf(record.actor),
    actorName: text(record.actorName),
    actingFor: idOf(record.actingFor),
    actingForName: text(record.actingForName),
    roles: text(record.roles),
    unit: text(record.unit),
    action: String(record.action),
    docCollection: text(record.docCollection),
    docId: text(record.docId),
    runId: text(record.runId),
    stage: record.stage === undefined || record.stage === null ? null : Number(record.stage),
    opinion: text(record.opinion),
    revisionHash: text(record.revisionHash),
    clientAddress: text(record.clientAddress),
    prevHash: String(record.prevHash),
  }
}

export function chainHash(content: AuditContent, algorithm?: string): string {
  return hashHex(canonicalJson(content), algorithm)
}

export type ChainBreak = { seq: number; id: number | string; reason: string }

/**
 * Walks records in sequence order and returns the first that does not fit the chain:
 * edited content, a missing predecessor (deleted record) or a reordered link.
 */
export function findBreak(
  records: Iterable<Record<string, unknown>>,
  state: { prevHash: string; seq: number } = { prevHash: GENESIS, seq: 0 },
): ChainBreak | null {
  for (const record of records) {
    const content = auditContent(record)
    const id = record.id as number | string
    if (content.seq !== state.seq + 1) {
      return { seq: content.seq, id, reason: `序号不连续：应为 ${state.seq + 1}，实为 ${content.seq}（有记录被删除或插入）` }
    }
    if (content.prevHash !== state.prevHash) {
      return { seq: content.seq, id, reason: '前序摘要与上一条记录不符（记录被删除、插入或篡改）' }
    }
    const expected = chainHash(content, (record.algorithm as string) || undefined)
    if (expected !== record.hash) {
      return { seq: content.seq, id, reason: '记录内容与其摘要不符（记录被篡改）' }
    }
    state.prevHash = String(record.hash)
    state.seq = content.seq
  }
  return null
}
