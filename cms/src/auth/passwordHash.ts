/**
 * Checks a password against a stored Payload hash with the same pbkdf2 work Payload's login
 * does (its current scheme: pbkdf2-sha256, 600,000 rounds; legacy: 25,000 rounds, 512 bytes).
 * An unknown account is checked against a dummy hash of the current scheme, so it costs the
 * same as a known one and its answer comes no sooner.
 */
import crypto from 'node:crypto'

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

function parameters(hash: string) {
  return hash.startsWith(CURRENT_PREFIX)
    ? { stored: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }
}

const DUMMY = { salt: crypto.randomBytes(32).toString('hex'), hash: `${CURRENT_PREFIX}${'0'.repeat(64)}` }

/** The pbkdf2 call, an object member so tests can observe that the work is done. */
export const passwordHashing = {
  pbkdf2(password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> {
    return new Promise((resolve, reject) =>
      crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
    )
  },
}

export type StoredCredentials = { hash?: unknown; salt?: unknown } | null | undefined

/** True when `password` matches; false for a wrong password or an account without one (after the same work). */
export async function verifyPassword(account: StoredCredentials, password: string): Promise<boolean> {
  const real = typeof account?.hash === 'string' && typeof account?.salt === 'string'
  const { hash, salt } = real ? (account as { hash: string; salt: string }) : DUMMY
  const { stored, iterations, keyLength } = parameters(hash)
  const key = await passwordHashing.pbkdf2(password, salt, iterations, keyLength)
  const expected = Buffer.from(stored, 'hex')
  return real && key.length === expected.length && crypto.timingSafeEqual(new Uint8Array(key), new Uint8Array(expected))
}
