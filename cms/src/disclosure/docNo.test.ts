import { describe, expect, it } from 'vitest'

import { docNoProblems, validateDocNo } from './docNo'

describe('发文字号 (GB/T 9704-2012)', () => {
  it.each(['榕政办〔2018〕26号', '国办发〔2019〕1号', '示政规〔2026〕100号', '闽政文〔2025〕7号'])('accepts %s', (value) => {
    expect(validateDocNo(value)).toBe(true)
  })

  it('accepts an empty value (documents without a number)', () => {
    expect(validateDocNo('')).toBe(true)
    expect(validateDocNo(undefined)).toBe(true)
  })

  it('refuses 榕政办[2018]026号 naming both the brackets and the leading zero', () => {
    const message = validateDocNo('榕政办[2018]026号')
    expect(message).toContain('年份须用六角括号“〔〕”括入，不能用“[]”')
    expect(message).toContain('“026”应写作“26”')
    expect(message).toContain('榕政办〔2018〕26号')
  })

  it.each([
    ['榕政办〔18〕26号', '年份须标全称'],
    ['榕政办〔2018〕第26号', '不加“第”字'],
    ['榕政办〔2018〕26', '须加“号”字'],
    ['榕政办（2018）26号', '不能用“（）”'],
    ['榕政办【2018】26号', '不能用“【】”'],
    ['〔2018〕26号', '缺少发文机关代字'],
    ['榕政办2018年26号', '缺少用六角括号“〔〕”括入的年份'],
    ['榕政办〔2018〕二十六号', '须为阿拉伯数字'],
    ['榕政办〔２０１８〕26号', '半角阿拉伯数字'],
  ])('refuses %s: %s', (value, problem) => {
    expect(docNoProblems(value).join('；')).toContain(problem)
  })
})
