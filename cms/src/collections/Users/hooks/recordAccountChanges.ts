import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { ROLE_LABELS, type Role } from '../../../lib/roles'
import { INITIAL_PASSWORD } from './issueInitialPassword'
import { CREDENTIAL_CHANGE } from './protectCredentials'

type Account = { id: number; email: string; name?: string; unit?: unknown; roles?: string[] | null; jobTitle?: string | null; phone?: string | null; deputies?: unknown[] | null }

const rolesText = (roles: string[] | null | undefined) =>
  roles?.length ? roles.map((r) => ROLE_LABELS[r as Role]?.zh ?? r).join('、') : '无'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value) ?? null

async function unitText(req: PayloadRequest, value: unknown): Promise<string> {
  const id = idOf(value)
  if (id === null) return '无'
  if (value && typeof value === 'object' && 'name' in value) return String((value as { name: unknown }).name)
  const unit = await req.payload.findByID({ collection: 'units', id: id as number, depth: 0, overrideAccess: true, req, disableErrors: true })
  return unit?.name ?? String(id)
}

/** Puts account changes on the audit chain: creation, roles, password, email, name/unit/title/phone. */
export const recordAccountChanges: CollectionAfterChangeHook<Account> = async ({ context, doc, operation, previousDoc, req }) => {
  const target = { docCollection: 'users', docId: doc.id, subject: doc.email }
  if (operation === 'create') {
    await recordAuditEvent(req, {
      action: 'userCreate',
      ...target,
      detail: `姓名：${doc.name ?? ''}；单位：${await unitText(req, doc.unit)}；角色：${rolesText(doc.roles)}${context[INITIAL_PASSWORD] ? '；已生成一次性初始密码' : ''}`,
    })
    // Shown once to the administrator who created the account; never stored in clear.
    if (context[INITIAL_PASSWORD]) return { ...doc, oneTimePassword: context[INITIAL_PASSWORD] }
    return doc
  }
  const before = previousDoc
  if (rolesText(before.roles) !== rolesText(doc.roles)) {
    await recordAuditEvent(req, { action: 'roleChange', ...target, detail: `角色：${rolesText(before.roles)} → ${rolesText(doc.roles)}` })
  }
  if (before.email !== doc.email) {
    await recordAuditEvent(req, { action: 'emailChange', ...target, detail: `登录邮箱：${before.email} → ${doc.email}` })
  }
  if (context.passwordSet) {
    const oneTime = context[CREDENTIAL_CHANGE] === 'oneTimePassword'
    await recordAuditEvent(req, {
      action: oneTime ? 'passwordReset' : 'passwordChange',
      ...target,
      detail: oneTime ? '生成一次性密码，须在下次登录时修改' : req.user?.id === doc.id ? '本人修改密码' : '修改密码',
    })
    delete context.passwordSet
  }
  const changes: string[] = []
  if ((before.name ?? '') !== (doc.name ?? '')) changes.push(`姓名：${before.name ?? ''} → ${doc.name ?? ''}`)
  if (String(idOf(before.unit)) !== String(idOf(doc.unit))) changes.push(`单位：${await unitText(req, before.unit)} → ${await unitText(req, doc.unit)}`)
  if ((before.jobTitle ?? '') !== (doc.jobTitle ?? '')) changes.push(`职务：${before.jobTitle ?? ''} → ${doc.jobTitle ?? ''}`)
  if ((before.phone ?? '') !== (doc.phone ?? '')) changes.push('联系电话已修改')
  const deputyIds = (value: unknown) => ((value as unknown[] | null | undefined) ?? []).map((d) => String(idOf(d))).sort().join(',')
  if (deputyIds(before.deputies) !== deputyIds(doc.deputies)) changes.push(`可委托代签人：${deputyIds(before.deputies) || '无'} → ${deputyIds(doc.deputies) || '无'}（账号编号）`)
  if (changes.length) await recordAuditEvent(req, { action: 'userUpdate', ...target, detail: changes.join('；') })
  return doc
}

export const recordAccountDeletion: CollectionAfterDeleteHook<Account> = async ({ doc, req }) => {
  await recordAuditEvent(req, {
    action: 'userDelete',
    docCollection: 'users',
    docId: doc.id,
    subject: doc.email,
    detail: `姓名：${doc.name ?? ''}；角色：${rolesText(doc.roles)}`,
  })
}
