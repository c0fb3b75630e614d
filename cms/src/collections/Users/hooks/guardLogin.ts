import type { CollectionBeforeOperationHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'
import { AuthenticationError, incrementLoginAttempts } from 'payload'

import { countLoginFailure, loginRetryAfter, throttleClient, throttledError } from '../../../auth/loginThrottle'
import { verifyPassword } from '../../../auth/passwordHash'

type StoredUser = {
  id: number
  email: string
  name?: string
  roles?: string[]
  unit?: number | null
  hash?: string
  salt?: string
  loginAttempts?: number | null
  lockUntil?: string | null
}

const isLocked = (lockUntil: string | null | undefined) => Boolean(lockUntil) && new Date(lockUntil!).getTime() > Date.now()

/**
 * Decides every failed login before Payload's own login runs, so that all failures look and
 * cost the same: an unknown email, a wrong password and a locked account with a wrong
 * password each take one pbkdf2 check and answer Payload's "wrong email or password". Only
 * the right password goes on to Payload (which checks it again, signs in, or says the account
 * is locked). Failures count toward the rate limit (429) and are audited.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  // Missing fields: Payload answers with its own validation message.
  if (!email || password.trim() === '') return args

  const client = throttleClient(req)
  const retryAfter = loginRetryAfter(client, email)
  if (retryAfter) {
    throw throttledError(retryAfter)
  }

  const user = (await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email } } })) as StoredUser | null
  const wasLocked = isLocked(user?.lockUntil)
  const actor = user ? { id: user.id, name: user.name, email: user.email, roles: user.roles, unit: user.unit } : null
  if (await verifyPassword(user, password)) {
    if (wasLocked) {
      await recordAuditEvent(req, { action: 'loginFailed', outcome: 'failure', subject: email, detail: '账号已锁定', actor, ownTransaction: true })
    }
    return args
  }

  let lockedNow = false
  if (user && !wasLocked) {
    await incrementLoginAttempts({ collection, payload: req.payload, user: user as never })
    const after = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: user.id } } })) as StoredUser | null
    lockedNow = isLocked(after?.lockUntil)
  }
  countLoginFailure(client, email)
  await recordAuditEvent(req, {
    action: 'loginFailed',
    outcome: 'failure',
    subject: email,
    detail: user ? (wasLocked ? '密码错误（账号已锁定）' : '密码错误') : '账号不存在',
    actor: null,
    ownTransaction: true,
  })
  if (lockedNow) {
    const minutes = Math.round((collection.auth.lockTime ?? 0) / 60_000)
    await recordAuditEvent(req, {
      action: 'lockout',
      subject: email,
      detail: `连续 ${collection.auth.maxLoginAttempts} 次登录失败，账号锁定 ${minutes} 分钟`,
      actor: null,
      docCollection: collection.slug,
      docId: user!.id,
      ownTransaction: true,
    })
  }
  throw new AuthenticationError(req.t)
}
