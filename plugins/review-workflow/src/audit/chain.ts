import { createHmac } from 'node:crypto'

import { canonicalJson, hashHex, HASH_ALGORITHM } from '../engine/hash'

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
  /** Security events (added later): present in the hashed content only when set. */
  outcome?: string
  subject?: string
  detail?: string
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
    outcome: text(record.outcome) ?? undefined,
    subject: text(record.subject) ?? undefined,
    detail: text(record.detail) ?? undefined,
  }
}

/** HMAC of a record's hash with a key kept outside the database (SM3 where available). */
export function recordMac(key: string, hash: string, algorithm: string = HASH_ALGORITHM): string {
  return createHmac(algorithm, key).update(hash, 'utf8').digest('hex')
}

export function chainHash(content: AuditContent, algorithm?: string): string {
  return hashHex(canonicalJson(content), algorithm)
}

export type ChainBreak = { seq: number; id: number | string; reason: string }

/**
 * Walks records in sequence order and returns the first that does not fit the chain:
 * edited content, a missing predecessor (deleted record) or a reordered link.
 */
export type ChainState = { prevHash: string; seq: number; macSeen?: boolean }

export function findBreak(
  records: Iterable<Record<string, unknown>>,
  state: ChainState = { prevHash: GENESIS, seq: 0 },
  macKey?: string,
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
    if (macKey) {
      const mac = record.mac ? String(record.mac) : ''
      if (mac) {
        if (mac !== recordMac(macKey, expected, (record.algorithm as string) || undefined)) {
          return { seq: content.seq, id, reason: '密钥签名与摘要不符（记录被改写后重新计算了摘要，或密钥不是写入时的密钥）' }
        }
        state.macSeen = true
      } else if (state.macSeen) {
        return { seq: content.seq, id, reason: '缺少密钥签名（之前的记录都有签名：记录被改写）' }
      }
    }
    state.prevHash = String(record.hash)
    state.seq = content.seq
  }
  return null
}
