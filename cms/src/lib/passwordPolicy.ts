/**
 * Password policy of 等保 2.0 level 3: at least 10 characters and three of the four
 * character classes (upper case, lower case, digits, symbols).
 */
export const PASSWORD_MIN_LENGTH = 10

const CLASSES: { test: RegExp; zh: string }[] = [
  { test: /[A-Z]/, zh: '大写字母' },
  { test: /[a-z]/, zh: '小写字母' },
  { test: /[0-9]/, zh: '数字' },
  { test: /[^A-Za-z0-9]/, zh: '符号' },
]

/** Returns a Chinese message explaining what is wrong, or null when the password is acceptable. */
export function checkPassword(password: string): string | null {
  const problems: string[] = []
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`长度至少 ${PASSWORD_MIN_LENGTH} 位（当前 ${password.length} 位）`)
  }
  const present = CLASSES.filter((c) => c.test.test(password))
  if (present.length < 3) {
    const missing = CLASSES.filter((c) => !present.includes(c)).map((c) => c.zh)
    problems.push(
      `须包含大写字母、小写字母、数字、符号中的至少三类（当前只有 ${present.length} 类，缺少：${missing.join('、')}）`,
    )
  }
  return problems.length ? `密码不符合安全策略：${problems.join('；')}。` : null
}

const OTP_ALPHABETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@!?']

/** A uniform random integer below `max` (Web Crypto: the same code runs in Node and browsers). */
function randomInt(max: number): number {
  const limit = Math.floor(0x1_0000_0000 / max) * max
  const buffer = new Uint32Array(1)
  do globalThis.crypto.getRandomValues(buffer)
  while (buffer[0] >= limit)
  return buffer[0] % max
}

/**
 * A random one-time password that meets the policy: 16 characters with every class present,
 * without look-alike characters (0/O, 1/l/I) so it can be read out or copied by hand.
 */
export function generateOneTimePassword(): string {
  const all = OTP_ALPHABETS.join('')
  const chars = OTP_ALPHABETS.map((set) => set[randomInt(set.length)])
  while (chars.length < 16) chars.push(all[randomInt(all.length)])
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}
