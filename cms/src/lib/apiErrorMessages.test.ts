import { describe, expect, it } from 'vitest'

import { chineseApiErrors, chineseApiMessage, translateErrorBody } from './apiErrorMessages'

describe('Payload error messages in Chinese', () => {
  it('translates the known texts and leaves ours alone', () => {
    expect(chineseApiMessage('Invalid JSON')).toBe('请求内容不是有效的 JSON，请检查后重试。')
    expect(chineseApiMessage('The following paths cannot be queried: secret, hash')).toBe('不能按以下字段查询或排序：secret, hash。')
    expect(chineseApiMessage('Invalid MIME type: application/x-msdownload.')).toBe('不允许上传此类文件（application/x-msdownload）。')
    expect(chineseApiMessage('Invalid PDF file., SVG file contains potentially harmful content.')).toBe('PDF 文件无效或已损坏。；SVG 文件含有可能有害的内容，不能上传。')
    expect(chineseApiMessage('请先登录。')).toBeNull()
    expect(chineseApiMessage('Something else, Entirely')).toBeNull()
  })

  it('rewrites the body and the field errors inside it, keeping everything else', () => {
    const body = { errors: [{ name: 'ValidationError', message: '下面的字段是无效的：文件', data: { collection: 'media', errors: [{ path: 'file', message: 'Invalid PDF file.' }] } }] }
    expect(translateErrorBody(body)).toEqual({
      errors: [{ name: 'ValidationError', message: '下面的字段是无效的：文件', data: { collection: 'media', errors: [{ path: 'file', message: 'PDF 文件无效或已损坏。' }] } }],
    })
    expect(translateErrorBody({ errors: [{ message: '请先登录。' }] })).toBeNull()
  })

  it('keeps English for an English admin', () => {
    const args = (language: string) => ({ req: { i18n: { language } }, result: { errors: [{ message: 'Invalid JSON' }] }, context: {}, error: new Error() }) as never
    expect(chineseApiErrors(args('en'))).toBeUndefined()
    expect(chineseApiErrors(args('zh'))).toEqual({ response: { errors: [{ message: '请求内容不是有效的 JSON，请检查后重试。' }] } })
  })
})
