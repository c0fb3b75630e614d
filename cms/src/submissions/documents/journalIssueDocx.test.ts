import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'

import { renderJournalIssueDocx } from './journalIssueDocx'
import { journalIssueView } from './journalIssueView'
import { sampleIssue } from './testFixtures'

const textOf = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value

describe('renderJournalIssueDocx', () => {
  it('reads back with the masthead, number line, editor’s note, items and colophon in order', async () => {
    const text = await textOf(await renderJournalIssueDocx(journalIssueView(sampleIssue)))
    const expected = [
      '内部资料',
      '政务快讯',
      '2026年第1期（总第121期）',
      '示范县人民政府办公室编\t2026年11月27日',
      '编者按：课后服务是“双减”工作的重要抓手。',
      '县教育局“课后服务+”实现义务教育学校全覆盖',
      '一是统筹师资力量。（县教育局）',
      '城关镇做好秋冬季森林防火工作',
      '报：市政府办公室',
      '送：县委办公室，县人大常委会办公室',
      '发：县政府领导，各乡镇人民政府，县政府各部门',
      '示范县人民政府办公室\t2026年11月27日印发',
      '（共印100份）',
    ]
    let at = 0
    for (const part of expected) {
      const found = text.indexOf(part, at)
      expect(found, part).toBeGreaterThanOrEqual(0)
      at = found + part.length
    }
  })

  it('says 未签发 before sign-off and has no classification line text for public issues', async () => {
    const text = await textOf(await renderJournalIssueDocx(journalIssueView({ ...sampleIssue, signedAt: null, classification: 'public', copies: null })))
    expect(text).toContain('示范县人民政府办公室编\t（未签发）')
    expect(text).not.toContain('内部资料')
    expect(text).not.toContain('印发')
    expect(text).not.toContain('共印')
  })
})
