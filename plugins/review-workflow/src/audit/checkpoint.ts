import type { Payload } from 'payload'

import type { AuditAnchor, SanitizedOptions } from '../options'

/** Writes a checkpoint of the chain's newest committed record outside the database. */
export async function checkpointAuditChain(payload: Payload, options: SanitizedOptions): Promise<AuditAnchor | null> {
  if (!options.audit.anchors) return null
  const newest = await payload.find({ collection: options.slugs.audit, sort: '-seq', limit: 1, depth: 0, overrideAccess: true })
  const record = newest.docs[0] as unknown as { seq: number; hash: string } | undefined
  if (!record) return null
  const anchor = { seq: Number(record.seq), hash: String(record.hash), at: new Date().toISOString() }
  options.audit.anchors.append(anchor)
  return anchor
}
