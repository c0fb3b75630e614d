import type { CollectionBeforeValidateHook } from 'payload'


import { checkPassword } from '../../../lib/passwordPolicy'
import { fieldError } from '../../../lib/userErrors'

/**
 * Refuses weak passwords on create, change and reset (Payload calls beforeValidate for
 * reset-password too), with a Chinese message on the password field.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password.length === 0) return data
  const problem = checkPassword(password)
  if (problem) {
    throw fieldError('users', [{ message: problem, path: 'password' }], req)
  }
  return data
}
