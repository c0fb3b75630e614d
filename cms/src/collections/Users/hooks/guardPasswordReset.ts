import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { checkPassword } from '../../../lib/passwordPolicy'
import { fieldError } from '../../../lib/userErrors'

const TOKEN_RESET = 'passwordResetByToken'

/**
 * Payload's reset-password (emailed token) flow hashes the new password before any collection
 * hook sees it, so the policy is checked here, on the operation's input.
 */
export const checkResetPasswordPolicy: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  const problem = typeof password === 'string' ? checkPassword(password) : null
  if (problem) throw fieldError(collection.slug, [{ message: problem, path: 'password' }], req)
  req.context[TOKEN_RESET] = true
  return args
}

/** The stored user the reset flow is about to write: a new password, chosen by the account itself. */
export const stampTokenReset: CollectionBeforeValidateHook = ({ context, data, originalDoc }) => {
  if (!context[TOKEN_RESET] || originalDoc || !data) return data
  data.passwordChangedAt = new Date().toISOString()
  data.mustChangePassword = false
  return data
}

export const recordTokenReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id: number; email: string } } | undefined)?.user
  if (user) {
    await recordAuditEvent(req, { action: 'passwordReset', docCollection: 'users', docId: user.id, subject: user.email, detail: '通过邮件链接重置密码', actor: user as never })
  }
  return result
}

export const recordUnlock: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock') return result
  const email = (args as { data?: { email?: string } }).data?.email
  await recordAuditEvent(req, { action: 'unlock', subject: email ?? '', detail: '解除登录锁定' })
  return result
}
