import { describe, expect, it } from 'vitest'

import { auditExportWhere } from './exportQuery'

describe('auditExportWhere', () => {
  it('turns inclusive China days into UTC bounds', () => {
    expect(auditExportWhere({ from: '2026-05-01', to: '2026-05-01' })).toEqual({
      and: [{ at: { greater_than_equal: '2026-04-30T16:00:00.000Z' } }, { at: { less_than: '2026-05-01T16:00:00.000Z' } }],
    })
  })
  it('filters by action, outcome, actor and subject', () => {
    expect(auditExportWhere({ action: 'loginFailed', outcome: 'failure', actor: '孙', subject: 'officer' })).toEqual({
      and: [{ action: { equals: 'loginFailed' } }, { outcome: { equals: 'failure' } }, { actorName: { like: '孙' } }, { subject: { like: 'officer' } }],
    })
  })
  it('refuses malformed filters with a Chinese message', () => {
    expect(auditExportWhere({ from: '2026/5/1' })).toBe('开始日期格式应为 2026-05-01。')
    expect(auditExportWhere({ action: 'drop table' })).toBe('未知的操作类型：drop table')
    expect(auditExportWhere({ outcome: 'maybe' })).toMatch(/^结果只能是/)
  })
})
