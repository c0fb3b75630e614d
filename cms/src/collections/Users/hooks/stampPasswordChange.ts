import type { CollectionBeforeChangeHook } from 'payload'

import { CREDENTIAL_CHANGE } from './protectCredentials'

/**
 * Keeps passwordChangedAt and mustChangePassword true to what happened: a one-time password
 * must be changed at the next login; any other new password starts a new password age.
 */
export const stampPasswordChange: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  const setsPassword = typeof data.password === 'string' && data.password.length > 0
  if (!setsPassword) return data
  data.passwordChangedAt = new Date().toISOString()
  data.mustChangePassword = context[CREDENTIAL_CHANGE] === 'oneTimePassword'
  if (operation === 'update') context.passwordSet = true
  return data
}
