import { describe, expect, it } from 'vitest'

import { computeTable3, table3Problems } from './table3'

const at = (date: string) => `${date}T10:00:00+08:00`

describe('annual report table 三', () => {
  const apps = [
    { applicantKind: 'natural', receivedAt: at('2024-12-30'), repliedAt: at('2025-01-06'), outcome: 'granted' }, // carried over, answered
    { applicantKind: 'natural', receivedAt: at('2024-11-01'), repliedAt: at('2024-11-20'), outcome: 'granted' }, // answered the year before
    { applicantKind: 'legal', orgType: 'legalService', receivedAt: at('2025-03-01'), repliedAt: at('2025-03-20'), outcome: 'withheld-process' },
    { applicantKind: 'legal', orgType: 'commercial', receivedAt: at('2025-12-31'), repliedAt: null, outcome: null }, // carried forward
    { applicantKind: 'natural', receivedAt: at('2025-12-31'), repliedAt: at('2026-01-04'), outcome: 'unable-notHeld' }, // carried forward
    { applicantKind: 'natural', receivedAt: at('2026-01-02'), repliedAt: null, outcome: null }, // next year
  ]

  it('counts new, carried-over, answered and carried-forward applications by applicant type', () => {
    const table = computeTable3(apps, 2025)
    expect(table.newReceived).toMatchObject({ natural: 1, commercial: 1, legalService: 1, total: 3 })
    expect(table.carriedOver).toMatchObject({ natural: 1, total: 1 })
    expect(table.granted).toMatchObject({ natural: 1, total: 1 })
    expect(table['withheld-process']).toMatchObject({ legalService: 1, total: 1 })
    expect(table['unable-notHeld'].total).toBe(0)
    expect(table.resultTotal).toMatchObject({ natural: 1, legalService: 1, total: 2 })
    expect(table.carriedForward).toMatchObject({ natural: 1, commercial: 1, total: 2 })
    expect(table3Problems(table)).toEqual([])
  })

  it('names the column when 一 + 二 ≠ 三 + 四', () => {
    const table = computeTable3(apps, 2025)
    table.newReceived.commercial += 1
    table.newReceived.total += 1
    const problems = table3Problems(table)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('表三“法人或其他组织·商业企业”栏：一（本年新收2）+ 二（上年结转0）= 2，三（办理结果总计0）+ 四（结转下年度1）= 1，两者应相等。')
    expect(problems[1]).toContain('“总计”栏')
  })
})

describe('annual report checks', () => {
  it('requires table 三 for final approval but not for a draft save, and checks table 四 totals', async () => {
    const { annualReportRefusal } = await import('./check')
    const litigation = { reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 3 } }
    expect(annualReportRefusal({ reviewLitigation: {} }, { requireTable3: false })).toBeNull()
    expect(annualReportRefusal({ reviewLitigation: {} })).toContain('表三尚未生成')
    expect(annualReportRefusal({ reviewLitigation: litigation }, { requireTable3: false })).toContain('表四“行政复议”：结果维持、结果纠正、其他结果、尚未审结之和为2，与“总计”3不符。')
  })
})
