import { describe, expect, it } from 'vitest'

import { journalIssueView, UNSIGNED } from './journalIssueView'
import { sampleIssue } from './testFixtures'

describe('journalIssueView', () => {
  it('takes the masthead from the issue: classification label, number line, office, sign-off date in China time', () => {
    const view = journalIssueView(sampleIssue)
    expect(view.classification).toBe('内部资料')
    expect(view.journalName).toBe('政务快讯')
    expect(view.number).toBe('2026年第1期（总第121期）')
    expect(view.officeName).toBe('示范县人民政府办公室')
    expect(view.signedDate).toBe('2026年11月27日')
    expect(view.copies).toBe(100)
  })

  it('shows no classification for public issues, 未签发 before sign-off, and supplements without a running total', () => {
    const view = journalIssueView({ ...sampleIssue, classification: 'public', signedAt: null, supplement: true, number: 2, total: null })
    expect(view.classification).toBe('')
    expect(view.signedDate).toBeNull()
    expect(UNSIGNED).toBe('（未签发）')
    expect(view.number).toBe('2026年增刊第2期')
  })

  it('splits texts into paragraphs, dropping blank lines', () => {
    const view = journalIssueView(sampleIssue)
    expect(view.items[0].paragraphs).toEqual(['今年秋季学期以来，全县38所义务教育学校实现课后服务全覆盖。', '一是统筹师资力量。'])
    expect(view.items[1].sourceUnit).toBe('')
    expect(view.editorNote).toHaveLength(2)
  })

  it('falls back to the journal office when the issue has none populated', () => {
    expect(journalIssueView({ ...sampleIssue, office: 3 }).officeName).toBe('示范县人民政府办公室')
  })
})
