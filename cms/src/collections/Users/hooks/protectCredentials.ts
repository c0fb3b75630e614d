import type { CollectionBeforeValidateHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { countLoginFailure, loginRetryAfter, throttleClient, throttledError } from '../../../auth/loginThrottle'
import { verifyPassword } from '../../../auth/passwordHash'
import { fieldError, userError } from '../../../lib/userErrors'

/** Set in req.context by server code that changes credentials on purpose (one-time passwords, the change-password endpoint). */
export const CREDENTIAL_CHANGE = 'credentialChange'

export type CredentialChange = 'oneTimePassword'

/**
 * No one sets another account's password or email (an administrator could then sign in as that
 * person); a password is reset only by the security administrator's one-time password. An
 * account changes its own password or email only with its current password.
 * Server code without a signed-in user (seed, scripts) is not limited.
 */
export const protectCredentials: CollectionBeforeValidateHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  if (!data) return data
  const currentPassword = (data as { currentPassword?: unknown }).currentPassword
  delete (data as { currentPassword?: unknown }).currentPassword
  // Payload's reset-password (token) flow passes the stored user without originalDoc.
  if (operation !== 'update' || !originalDoc || context[CREDENTIAL_CHANGE]) return data
  // Checked once per account: a bulk update shares one context between the accounts it touches.
  const checkedKey = `${CREDENTIAL_CHANGE}:${originalDoc.id}`
  if (context[checkedKey]) return data
  const passwordChange = typeof data.password === 'string' && data.password.length > 0
  const emailChange = typeof data.email === 'string' && data.email.toLowerCase().trim() !== String(originalDoc.email).toLowerCase()
  if (!passwordChange && !emailChange || !req.user) return data
  if (String(req.user.id) !== String(originalDoc.id)) {
    throw userError(
      passwordChange
        ? '不能为其他账号设置密码。需要重置时，请由安全管理员生成一次性密码。'
        : '不能修改其他账号的登录邮箱，请由本人在“修改密码”中修改。',
      403,
    )
  }
  const refuse = (message: string) => fieldError(collection.slug, [{ message, path: 'currentPassword' }], req)
  if (typeof currentPassword !== 'string' || currentPassword === '') throw refuse('请输入当前密码。')
  // Guesses of the current password (with a stolen session) count like failed logins.
  const account = String(originalDoc.email).toLowerCase()
  const client = throttleClient(req)
  const retryAfter = loginRetryAfter(client, account)
  if (retryAfter) throw throttledError(retryAfter)
  const stored = await req.payload.db.findOne({ collection: collection.slug, req, where: { id: { equals: originalDoc.id } } })
  if (!(await verifyPassword(stored as never, currentPassword))) {
    countLoginFailure(client, account)
    await recordAuditEvent(req, { action: passwordChange ? 'passwordChange' : 'emailChange', outcome: 'failure', subject: account, detail: '当前密码不正确', ownTransaction: true })
    throw refuse('当前密码不正确。')
  }
  if (passwordChange && data.password === currentPassword) {
    throw fieldError(collection.slug, [{ message: '新密码不能与当前密码相同。', path: 'password' }], req)
  }
  context[checkedKey] = true
  return data
}
