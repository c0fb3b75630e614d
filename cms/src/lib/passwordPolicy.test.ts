import { describe, expect, it } from 'vitest'

import { checkPassword } from './passwordPolicy'

describe('checkPassword', () => {
  it('accepts 10+ characters with three classes', () => {
    expect(checkPassword('Shifan2026county')).toBeNull()
    expect(checkPassword('shifan-2026-x')).toBeNull()
  })

  it('refuses short passwords and says how long it must be', () => {
    expect(checkPassword('Ab1!xyz')).toContain('长度至少 10 位（当前 7 位）')
  })

  it('refuses passwords with only two classes and names what is missing', () => {
    const message = checkPassword('abcdefghij12')
    expect(message).toContain('至少三类')
    expect(message).toContain('大写字母')
    expect(message).toContain('符号')
  })

  it('reports both problems at once', () => {
    const message = checkPassword('abc')
    expect(message).toMatch(/长度至少.*；.*至少三类/)
  })
})
