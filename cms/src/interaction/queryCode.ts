import crypto from 'node:crypto'

/** No 0/O, 1/I/L: a code read out over the phone or copied from paper stays unambiguous. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const QUERY_CODE_LENGTH = 10

/** A random 查询码: 31^10 ≈ 8·10^14 codes, drawn without modulo bias. */
export function newQueryCode(): string {
  let code = ''
  while (code.length < QUERY_CODE_LENGTH) {
    for (const byte of crypto.randomBytes(16)) {
      // 248 = 8 × 31: bytes above it would favour the first letters.
      if (byte < 248 && code.length < QUERY_CODE_LENGTH) code += ALPHABET[byte % ALPHABET.length]
    }
  }
  return code
}

/** A typed code, normalised: case and separators ignored; null when it cannot be a code. */
export function normaliseQueryCode(input: unknown): string | null {
  const code = String(input ?? '').toUpperCase().replace(/[\s-]/g, '')
  return code.length === QUERY_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null
}

export const mobileDigits = (mobile: unknown): string => String(mobile ?? '').replace(/\D/g, '')

/** Whether `last4` are the last four digits of `mobile`, compared in constant time. */
export function phoneTailMatches(mobile: string | null | undefined, last4: unknown): boolean {
  const tail = new TextEncoder().encode(mobileDigits(mobile).slice(-4).padStart(4, '#'))
  const given = new TextEncoder().encode(String(last4 ?? '').replace(/\D/g, '').slice(0, 4).padStart(4, '*'))
  return crypto.timingSafeEqual(tail, given) && /^\d{4}$/.test(String(last4 ?? '').trim())
}
