import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { appendAudit } from '../engine/audit'
import { executeSql, sql } from '../engine/sql'
import type { SanitizedOptions } from '../options'
import { verifyAuditChain } from './verify'

/** 等保 2.0: audit records are kept at least six months. */
export const AUDIT_RETENTION_DAYS = 180

export type ArchiveResult = { count: number; firstSeq: number; lastSeq: number; lastHash: string; sha256: string }

/**
 * Archives the oldest audit records (those before `before`, never any younger than 180 days):
 * verifies the whole chain first, hands the records to `write` as JSON lines (the caller keeps
 * the file), then — in one transaction — appends an `auditArchive` record naming the last
 * archived record and the file's SHA-256, and deletes the archived records. The chain then
 * starts from that record, which the verification accepts because the archive record is
 * itself on the chain.
 */
export async function archiveAuditRecords(
  payload: Payload,
  options: SanitizedOptions,
  { before, now = new Date(), write }: { before: Date; now?: Date; write: (jsonl: string, result: ArchiveResult) => Promise<void> | void },
): Promise<ArchiveResult | null> {
  const youngest = new Date(now.getTime() - AUDIT_RETENTION_DAYS * 24 * 3600 * 1000)
  if (before.getTime() > youngest.getTime()) {
    throw new Error(`审计记录至少保存 ${AUDIT_RETENTION_DAYS} 天：只能归档 ${youngest.toISOString().slice(0, 10)} 之前的记录。`)
  }
  const verified = await verifyAuditChain(payload)
  if (verified.broken) throw new Error(`审计链在第 ${verified.broken.seq} 条记录处断裂（${verified.broken.reason}），不能归档：请先查明原因。`)
  // The archived part is a prefix of the chain: up to the first record at or after the cut-off.
  const firstKept = await payload.find({
    collection: options.slugs.audit,
    where: { at: { greater_than_equal: before.toISOString() } },
    sort: 'seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const limitSeq = firstKept.docs[0] ? Number((firstKept.docs[0] as unknown as { seq: number }).seq) - 1 : Number.MAX_SAFE_INTEGER
  const records = await payload.find({
    collection: options.slugs.audit,
    where: { seq: { less_than_equal: limitSeq } },
    sort: 'seq',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const docs = records.docs as unknown as Record<string, unknown>[]
  if (docs.length === 0) return null
  const jsonl = docs.map((d) => JSON.stringify(d)).join('\n') + '\n'
  const last = docs[docs.length - 1]
  const result: ArchiveResult = {
    count: docs.length,
    firstSeq: Number(docs[0].seq),
    lastSeq: Number(last.seq),
    lastHash: String(last.hash),
    sha256: createHash('sha256').update(jsonl).digest('hex'),
  }
  await write(jsonl, result)

  const { createLocalReq, initTransaction, commitTransaction, killTransaction } = await import('payload')
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await appendAudit(req, options, {
      action: 'auditArchive',
      outcome: 'success',
      subject: `第 ${result.firstSeq}–${result.lastSeq} 条`,
      detail: `归档 ${result.count} 条 ${before.toISOString().slice(0, 10)} 之前的审计记录；归档文件 SHA-256 ${result.sha256}`,
      // The archive record names the base the remaining chain starts from.
      docId: String(result.lastSeq),
      revisionHash: result.lastHash,
    }, null)
    await executeSql(req, sql`delete from audit_log where seq <= ${result.lastSeq}`)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return result
}
