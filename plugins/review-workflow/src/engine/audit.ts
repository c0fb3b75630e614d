import type { PayloadRequest } from 'payload'

import type { AUDIT_ACTIONS } from '../collections/AuditLog'
import type { SanitizedOptions } from '../options'

export type AuditEntry = {
  action: (typeof AUDIT_ACTIONS)[number]
  docCollection?: string
  docId?: string | number
  runId?: string | number
  stage?: number | null
  opinion?: string | null
  revisionHash?: string | null
  actingFor?: { id: number | string; name: string } | null
}

type UserLike = { id: number | string; name?: string; email?: string; [key: string]: unknown }

/** Where the request came from: the proxy's forwarded address, else "local" for server-side calls. */
export function clientAddress(req: PayloadRequest): string {
  const forwarded = req.headers?.get?.('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0].trim()
  return req.headers?.get?.('x-real-ip') ?? 'local'
}

async function unitName(req: PayloadRequest, options: SanitizedOptions, user: UserLike): Promise<string | null> {
  const unit = user[options.userUnitField] as number | string | { name?: string } | null | undefined
  if (unit === null || unit === undefined) return null
  if (typeof unit === 'object') return unit.name ?? null
  const doc = await req.payload
    .findByID({ collection: options.unitsCollection as never, id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  return (doc as { name?: string } | null)?.name ?? String(unit)
}

/** Appends one record to the audit chain, in the request's transaction. */
export async function appendAudit(req: PayloadRequest, options: SanitizedOptions, entry: AuditEntry): Promise<void> {
  const user = req.user as UserLike | null
  const roles = user?.[options.userRolesField]
  await req.payload.create({
    collection: options.slugs.audit,
    overrideAccess: true,
    req,
    data: {
      at: new Date().toISOString(),
      actor: user?.id ?? null,
      actorName: user ? (user.name ?? user.email ?? String(user.id)) : '系统',
      actingFor: entry.actingFor?.id ?? null,
      actingForName: entry.actingFor?.name ?? null,
      roles: Array.isArray(roles) ? roles.join(',') : null,
      unit: user ? await unitName(req, options, user) : null,
      action: entry.action,
      docCollection: entry.docCollection ?? null,
      docId: entry.docId === undefined ? null : String(entry.docId),
      runId: entry.runId === undefined ? null : String(entry.runId),
      stage: entry.stage ?? null,
      opinion: entry.opinion ?? null,
      revisionHash: entry.revisionHash ?? null,
      clientAddress: clientAddress(req),
    } as never,
  })
}
