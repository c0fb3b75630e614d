import type { Payload, PayloadRequest } from 'payload'

import type { AUDIT_ACTIONS, SecurityAuditAction } from '../collections/AuditLog'
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
  outcome?: 'success' | 'failure'
  subject?: string | null
  detail?: string | null
}

type UserLike = { id: number | string; name?: string; email?: string; [key: string]: unknown }

/**
 * Where the request came from. The admin server replaces `x-forwarded-for` with the one
 * address it trusts (the socket's, or the client a trusted proxy names), so its first value is
 * the client; "local" for server-side calls without a request.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'> | undefined): string {
  const forwarded = req?.headers?.get?.('x-forwarded-for')
  if (forwarded) return forwarded.split(',')[0].trim()
  return 'local'
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

function text(value: string | number | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : String(value)
}

/** Appends one record to the audit chain, in the request's transaction. */
export async function appendAudit(req: PayloadRequest, options: SanitizedOptions, entry: AuditEntry, actor?: UserLike | null): Promise<void> {
  const user = actor === undefined ? (req.user as UserLike | null) : actor
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
      outcome: entry.outcome ?? null,
      subject: text(entry.subject),
      detail: text(entry.detail),
      docCollection: entry.docCollection ?? null,
      docId: text(entry.docId),
      runId: text(entry.runId),
      stage: entry.stage ?? null,
      opinion: entry.opinion ?? null,
      revisionHash: entry.revisionHash ?? null,
      clientAddress: clientAddress(req),
    } as never,
  })
}

export type SecurityEvent = {
  action: SecurityAuditAction
  /** @default 'success' */
  outcome?: 'success' | 'failure'
  /** The account or object concerned, e.g. the email of the account changed. */
  subject?: string | null
  /** What happened, in Chinese, e.g. 角色：信息员 → 信息员、领导. Never a password. */
  detail?: string | null
  docCollection?: string
  docId?: string | number
  /** Who acted. @default req.user */
  actor?: UserLike | null
  /**
   * Write in a transaction of its own, so the record stays when the request fails (a failed
   * login). @default false: in the request's transaction
   */
  ownTransaction?: boolean
}

/**
 * Records a security-relevant event (login, account change, settings change, a read of
 * citizens' personal data …) on the same chained audit log as the review actions.
 */
export async function recordAuditEvent(reqOrPayload: PayloadRequest | Payload, event: SecurityEvent): Promise<void> {
  const isPayload = 'collections' in reqOrPayload && 'config' in reqOrPayload && !('payload' in reqOrPayload)
  const payload = isPayload ? (reqOrPayload as Payload) : (reqOrPayload as PayloadRequest).payload
  const options = payload.config.custom?.reviewWorkflow as SanitizedOptions | undefined
  if (!options) throw new Error('review-workflow plugin is not installed in this Payload config.')
  const source = isPayload ? undefined : (reqOrPayload as PayloadRequest)
  const entry: AuditEntry = {
    action: event.action,
    outcome: event.outcome ?? 'success',
    subject: event.subject,
    detail: event.detail,
    docCollection: event.docCollection,
    docId: event.docId,
  }
  const actor = event.actor === undefined ? ((source?.user as UserLike | null | undefined) ?? null) : event.actor
  if (source && !event.ownTransaction) {
    await appendAudit(source, options, entry, actor)
    return
  }
  // A request of its own: Payload opens and commits a transaction for the create alone.
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({ user: (actor ?? undefined) as never }, payload)
  if (source?.headers) (req as { headers: Headers }).headers = source.headers
  await appendAudit(req, options, entry, actor)
}
