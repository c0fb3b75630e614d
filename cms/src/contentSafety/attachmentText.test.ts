import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Document, Packer, Paragraph } from 'docx'
import { afterAll, describe, expect, it } from 'vitest'

import { attachmentText } from './attachmentText'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-attachment-'))

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('attachmentText', () => {
  it('reads the paragraphs of a Word (.docx) file', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('关于印发工作方案的通知'), new Paragraph('秘密★5年')] }] })
    fs.writeFileSync(path.join(dir, 'notice.docx'), new Uint8Array(await Packer.toBuffer(doc)))
    const text = await attachmentText(dir, { filename: 'notice.docx', mimeType: DOCX, filesize: 1 })
    expect(text?.split('\n').filter(Boolean)).toEqual(['关于印发工作方案的通知', '秘密★5年'])
  })

  it('gives null for a damaged file, a missing file and a kind it does not read', async () => {
    fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a zip')
    expect(await attachmentText(dir, { filename: 'broken.docx', mimeType: DOCX, filesize: 9 })).toBeNull()
    expect(await attachmentText(dir, { filename: 'missing.pdf', mimeType: 'application/pdf', filesize: 9 })).toBeNull()
    expect(await attachmentText(dir, { filename: 'photo.jpg', mimeType: 'image/jpeg', filesize: 9 })).toBeNull()
  })

  it('never reads outside its folder', async () => {
    fs.writeFileSync(path.join(os.tmpdir(), 'gov-outside.docx'), new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('外部文件')] }] }))))
    expect(await attachmentText(dir, { filename: '../gov-outside.docx', mimeType: DOCX, filesize: 2 })).toBeNull()
    fs.rmSync(path.join(os.tmpdir(), 'gov-outside.docx'), { force: true })
  })
})
