import { describe, expect, it } from 'vitest'

import { formatNumber, monthLabels, scoreBarGeometry, scoreSummary, textWidth, trendGeometry, trendSummary } from './charts'

const finite = (value: unknown) => JSON.stringify(value).match(/NaN|Infinity|null/) === null

describe('scoreBarGeometry', () => {
  it('makes bar lengths proportional to the scores, in the order given, from one zero line', () => {
    const chart = scoreBarGeometry([
      { name: '教育局', score: 10 },
      { name: '卫健委', score: 5 },
      { name: '城关镇', score: 0 },
    ])
    if (chart.empty) throw new Error('expected bars')
    const [a, b, c] = chart.bars
    expect(a.width).toBeGreaterThan(0)
    expect(b.width / a.width).toBeCloseTo(0.5)
    expect(c.width).toBe(0)
    expect(chart.bars.map((bar) => bar.x)).toEqual([chart.zeroX, chart.zeroX, chart.zeroX])
    expect(b.y).toBeGreaterThan(a.y)
    expect(a.valueText).toBe('10')
    // Everything fits: the longest bar and its value stay inside the drawing.
    expect(a.x + a.width + textWidth('10')).toBeLessThanOrEqual(chart.width)
    expect(chart.height).toBeGreaterThan(c.y + c.height)
    expect(finite(chart)).toBe(true)
  })

  it('draws negative scores to the left of zero', () => {
    const chart = scoreBarGeometry([
      { name: 'A', score: 6 },
      { name: 'B', score: -3 },
    ])
    if (chart.empty) throw new Error('expected bars')
    const [a, b] = chart.bars
    expect(b.x + b.width).toBeCloseTo(chart.zeroX)
    expect(b.width / a.width).toBeCloseTo(0.5)
    expect(b.valueAnchor).toBe('end')
    expect(b.x).toBeGreaterThan(0)
  })

  it('shows a message instead of NaN bars when there is nothing to draw', () => {
    for (const rows of [[], [{ name: '教育局', score: 0 }]]) {
      const chart = scoreBarGeometry(rows)
      expect(chart.empty).toBe(true)
      expect(chart).toMatchObject({ message: '所选期间内没有得分。' })
      expect(finite(chart)).toBe(true)
    }
  })
})

describe('trendGeometry', () => {
  const months = [
    { month: '2026-01', submitted: 4, adopted: 2, score: 10 },
    { month: '2026-02', submitted: 0, adopted: 0, score: 0 },
    { month: '2026-03', submitted: 2, adopted: 1, score: 5 },
  ]

  it('makes a pair of bars per month with heights proportional to the counts, on one baseline', () => {
    const chart = trendGeometry(months)
    if (chart.empty) throw new Error('expected bars')
    expect(chart.groups.map((g) => g.label)).toEqual(['1月', '2月', '3月'])
    const [jan, feb, mar] = chart.groups
    expect(mar.submitted.height / jan.submitted.height).toBeCloseTo(0.5)
    expect(jan.adopted.height / jan.submitted.height).toBeCloseTo(0.5)
    expect(feb.submitted.height).toBe(0)
    for (const g of chart.groups) {
      expect(g.submitted.y + g.submitted.height).toBeCloseTo(chart.baselineY)
      expect(g.adopted.x).toBeGreaterThan(g.submitted.x)
    }
    expect(mar.centerX).toBeGreaterThan(jan.centerX)
    expect(jan.scoreText).toBe('10')
    expect(jan.submitted.textY).toBeGreaterThan(0)
    expect(chart.width).toBeGreaterThan(mar.adopted.x + mar.adopted.width)
    expect(finite(chart)).toBe(true)
  })

  it('keeps scores when no item was sent, without dividing by zero', () => {
    const chart = trendGeometry([{ month: '2026-05', submitted: 0, adopted: 0, score: 30 }])
    if (chart.empty) throw new Error('expected a chart')
    expect(chart.groups[0].submitted.height).toBe(0)
    expect(chart.groups[0].scoreText).toBe('30')
    expect(finite(chart)).toBe(true)
  })

  it('shows a message when there is no data at all', () => {
    for (const data of [[], [{ month: '2026-01', submitted: 0, adopted: 0, score: 0 }]]) {
      const chart = trendGeometry(data)
      expect(chart).toMatchObject({ empty: true, message: '所选期间内没有报送、采用或得分。' })
      expect(finite(chart)).toBe(true)
    }
  })
})

describe('labels', () => {
  it('names months with the year only when the range spans years', () => {
    expect(monthLabels(['2026-11', '2026-12'])).toEqual(['11月', '12月'])
    expect(monthLabels(['2025-12', '2026-01'])).toEqual(['2025年12月', '2026年1月'])
  })

  it('formats numbers and estimates CJK text as wider than Latin', () => {
    expect(formatNumber(5)).toBe('5')
    expect(formatNumber(2.5)).toBe('2.5')
    expect(formatNumber(1 / 3)).toBe('0.33')
    expect(textWidth('教育局')).toBeGreaterThan(textWidth('abc'))
  })

  it('summarises the charts in words for screen readers', () => {
    expect(scoreSummary([{ name: '教育局', score: 5, rank: 1 }])).toBe('共1个单位，第1名教育局5分。各单位得分见下方统计表。')
    expect(scoreSummary([])).toBe('没有参与排名的单位。')
    expect(trendSummary([{ month: '2026-11', submitted: 3, adopted: 1, score: 5 }])).toContain('报送合计3篇，采用1篇，得分5分')
  })
})
