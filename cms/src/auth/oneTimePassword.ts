import type { Payload, PayloadRequest } from 'payload'

import { CREDENTIAL_CHANGE, type CredentialChange } from '../collections/Users/hooks/protectCredentials'
import { generateOneTimePassword } from '../lib/passwordPolicy'

/**
 * Gives an account a random one-time password and unlocks it; the account must change the
 * password at its next login, and its sessions end. Audited as 重置密码. Returns the password,
 * to be shown once to whoever asked for it.
 */
export async function issueOneTimePassword(payload: Payload, id: number | string, req?: PayloadRequest): Promise<string> {
  const password = generateOneTimePassword()
  await payload.update({
    collection: 'users',
    id,
    data: { password, loginAttempts: 0, lockUntil: null } as never,
    overrideAccess: true,
    req,
    context: { [CREDENTIAL_CHANGE]: 'oneTimePassword' satisfies CredentialChange },
  })
  return password
}
