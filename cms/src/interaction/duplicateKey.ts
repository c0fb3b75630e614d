import crypto from 'node:crypto'

import { mobileDigits } from './queryCode'

const normalise = (text: unknown) => String(text ?? '').replace(/\s+/g, '').toLowerCase()

/** The same title and content from the same mobile number: a duplicate, however it was spaced. */
export function duplicateKey(message: { mobile?: unknown; title?: unknown; content?: unknown }): string {
  return crypto.createHash('sha256').update(`${mobileDigits(message.mobile)}\n${normalise(message.title)}\n${normalise(message.content)}`).digest('hex')
}
