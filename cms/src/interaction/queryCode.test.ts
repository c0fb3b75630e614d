import { describe, expect, it } from 'vitest'

import { duplicateKey } from './duplicateKey'
import { newQueryCode, normaliseQueryCode, phoneTailMatches, QUERY_CODE_LENGTH } from './queryCode'

describe('查询码', () => {
  it('is 10 unambiguous characters and does not repeat', () => {
    const codes = new Set(Array.from({ length: 2000 }, newQueryCode))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(new RegExp(`^[A-HJKMNP-Z2-9]{${QUERY_CODE_LENGTH}}$`))
  })

  it('is read back whatever the case and spacing', () => {
    expect(normaliseQueryCode(' abcd-efgh 23 ')).toBe('ABCDEFGH23')
    expect(normaliseQueryCode('ABCDEFGH2O')).toBeNull()
    expect(normaliseQueryCode('ABC')).toBeNull()
    expect(normaliseQueryCode(undefined)).toBeNull()
  })

  it('matches only the last four digits of the mobile', () => {
    expect(phoneTailMatches('138 0013 8000', '8000')).toBe(true)
    expect(phoneTailMatches('13800138000', '8001')).toBe(false)
    expect(phoneTailMatches('13800138000', '800')).toBe(false)
    expect(phoneTailMatches('13800138000', '')).toBe(false)
    expect(phoneTailMatches('13800138000', '80000')).toBe(false)
    expect(phoneTailMatches(null, '####')).toBe(false)
  })
})

describe('duplicate key', () => {
  it('ignores spacing and the way the mobile was typed, but not the content', () => {
    const a = duplicateKey({ mobile: '138-0013-8000', title: '路灯 不亮', content: '城关镇人民路路灯坏了' })
    expect(duplicateKey({ mobile: '13800138000', title: '路灯不亮', content: '城关镇 人民路路灯坏了' })).toBe(a)
    expect(duplicateKey({ mobile: '13800138001', title: '路灯不亮', content: '城关镇人民路路灯坏了' })).not.toBe(a)
    expect(duplicateKey({ mobile: '13800138000', title: '路灯不亮', content: '城关镇人民路路灯又坏了' })).not.toBe(a)
  })
})
