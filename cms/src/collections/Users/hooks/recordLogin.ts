import type { CollectionAfterLoginHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { clearAccountFailures } from '../../../auth/loginThrottle'
import { passwordMaxAgeDays } from '../../../auth/passwordAge'

const DAY = 24 * 60 * 60 * 1000

/**
 * A successful login: clears the account's failure count, audits the login and, when the
 * password is older than the system administrator's 密码有效期, requires a change before
 * the account can do anything else (as after a one-time password).
 */
export const recordLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  clearAccountFailures(String(user.email).toLowerCase())
  const changedAt = user.passwordChangedAt ? new Date(user.passwordChangedAt as string).getTime() : null
  const maxAge = await passwordMaxAgeDays(req)
  let detail: string | undefined
  if (changedAt === null) {
    // Accounts older than this rule: the password's age counts from their first login under it.
    const now = new Date().toISOString()
    await req.payload.db.updateOne({ collection: collection.slug, id: user.id, data: { passwordChangedAt: now }, req, returning: false })
    user.passwordChangedAt = now
  } else if (maxAge > 0 && !user.mustChangePassword && Date.now() - changedAt > maxAge * DAY) {
    await req.payload.db.updateOne({ collection: collection.slug, id: user.id, data: { mustChangePassword: true }, req, returning: false })
    user.mustChangePassword = true
    detail = `密码已使用超过 ${maxAge} 天，须修改密码`
  }
  if (user.mustChangePassword && !detail) detail = '须修改密码后才能使用系统'
  await recordAuditEvent(req, { action: 'login', subject: user.email, detail, actor: user })
  return user
}
