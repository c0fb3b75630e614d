import type { TextMatch } from './types'

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^[1-8]\d{16}[\dX]$/i.test(value)) return false
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0)
  if (ID_CHECK[sum % 11] !== value[17].toUpperCase()) return false
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day && birth.getTime() <= Date.now()
}

/** The Luhn check every bank card number passes. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** Card numbers issued in China start with 62 (银联), 4 (Visa) or 51–55 (Mastercard). */
const CARD_PREFIX = /^(?:62|4|5[1-5])/

const mask = (value: string) => `${value.slice(0, 4)}${'*'.repeat(Math.max(value.length - 8, 0))}${value.slice(-4)}`

export function findIdNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) {
    if (!isResidentIdNumber(match[0])) continue
    found.push({ start: match.index!, end: match.index! + 18, kind: 'idNumber', message: '含公民身份号码（校验位有效），属个人信息，须删除或隐藏。', shown: mask(match[0]) })
  }
  return found
}

export function findBankCards(text: string): TextMatch[] {
  const found: TextMatch[] = []
  // 16–19 digits, written together or in groups of four.
  for (const match of text.matchAll(/(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)(?![0-9A-Za-z])/g)) {
    const digits = match[0].replace(/[ -]/g, '')
    if (!CARD_PREFIX.test(digits) || !passesLuhn(digits) || isResidentIdNumber(digits)) continue
    found.push({ start: match.index!, end: match.index! + match[0].length, kind: 'bankCard', message: '含银行卡号（校验有效），属个人信息，须删除或隐藏。', shown: mask(digits) })
  }
  return found
}

/**
 * Mobile numbers (1[3-9] and nine digits, optionally +86) and landlines with an area code
 * (0591-87654321). Offices publish their own numbers (监督电话), so these are warnings.
 */
export function findPhoneNumbers(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of text.matchAll(/(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9A-Za-z])/g)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, kind: 'phone', message: '含手机号码：如为个人号码须删除；如为公开的办公电话请说明。' })
  }
  for (const match of text.matchAll(/(?<![0-9A-Za-z])(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-?)\d{7,8}(?![0-9A-Za-z])/g)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, kind: 'phone', message: '含固定电话号码：请确认是可公开的办公电话。' })
  }
  return found
}
