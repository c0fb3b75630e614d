import type { CollectionBeforeValidateHook } from 'payload'

import { generateOneTimePassword } from '../../../lib/passwordPolicy'
import { CREDENTIAL_CHANGE, type CredentialChange } from './protectCredentials'

/** Where the one-time password of a new account waits to be returned once (never stored in clear). */
export const INITIAL_PASSWORD = 'initialPassword'

/**
 * An administrator creating an account never chooses its password: the account gets a random
 * one-time password, returned once to the creator, and must change it at first login. The very
 * first account (/admin/create-first-user) and server code without a user choose their own.
 */
export const issueInitialPassword: CollectionBeforeValidateHook = ({ context, data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user) return data
  const password = generateOneTimePassword()
  data.password = password
  context[INITIAL_PASSWORD] = password
  context[CREDENTIAL_CHANGE] = 'oneTimePassword' satisfies CredentialChange
  return data
}
