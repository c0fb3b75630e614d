import { describe, expect, it } from 'vitest'

import { cleanInput, creditCheckChar, creditCodeProblem, idCardProblem, idCheckDigit, validateApplication } from './validate'

const id = (first17: string) => first17 + idCheckDigit(first17)

describe('application validation', () => {
  it('checks 身份证号码 with its check digit and birth date', () => {
    expect(idCardProblem('11010519491231002X')).toBeNull() // the national standard's example
    expect(idCardProblem('110105194912310021')).toMatch(/校验位/)
    expect(idCardProblem(id('11010519491331002'))).toMatch(/出生日期/)
    expect(idCardProblem('1101051949123100')).toMatch(/18位/)
  })

  it('checks 统一社会信用代码 with its check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/校验位/)
    expect(creditCodeProblem('91350100I000100Y43')).toMatch(/不含I、O、Z、S、V/)
    expect(creditCheckChar('91350100M000100Y4')).toBe('3')
  })

  it('gives a Chinese message per field and keeps every value', () => {
    const input = cleanInput({ applicantKind: 'legal', name: '  示范公司 ', idNumber: '91350100m000100y43', phone: 'abc', email: 'x@', postcode: '35', description: '文件' })
    expect(input.name).toBe('示范公司')
    expect(input.idNumber).toBe('91350100M000100Y43')
    expect(validateApplication(input)).toEqual({
      orgType: expect.stringContaining('请选择组织类型'),
      contactName: '请填写联系人姓名。',
      phone: expect.stringContaining('联系电话只能包含数字'),
      email: expect.stringContaining('电子邮箱格式不正确'),
      address: expect.stringContaining('请填写通信地址'),
      postcode: '邮政编码应为6位数字。',
      description: expect.stringContaining('描述过短'),
    })
  })

  it('accepts a complete application of a natural person', () => {
    const input = cleanInput({ applicantKind: 'natural', name: '王小明', idNumber: '11010519491231002x', phone: '0591-88001234', address: '示范县城关镇人民路2号', description: '2026年城区道路维修计划' })
    expect(validateApplication(input)).toEqual({})
  })
})
