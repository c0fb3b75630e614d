/**
 * Geometry of the two charts of 报送统计, as plain numbers for a server-rendered SVG: a horizontal
 * bar per unit's score, and per month a pair of bars (报送, 采用) with the month's score written
 * under it. No chart library; nothing here touches the DOM, so it is unit-tested directly.
 */

export const FONT_SIZE = 16

/** Rough width of a label: CJK characters are one em, others about 0.6 em. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0
  for (const ch of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6
  return Math.ceil(ems * fontSize)
}

/** 5, 2.5, 1.25 — at most two decimals, no trailing zeros. */
export const formatNumber = (value: number): string => String(Math.round(value * 100) / 100)

export type EmptyChart = { empty: true; width: number; height: number; message: string }

export type ScoreBar = {
  label: string
  value: number
  valueText: string
  /** Top of the row's bar; the bar spans x to x + width. */
  x: number
  y: number
  width: number
  height: number
  /** Baseline of the label (right-aligned at labelX) and of the value text. */
  labelX: number
  textY: number
  valueX: number
  valueAnchor: 'start' | 'end'
}

export type ScoreBarChart = { empty: false; width: number; height: number; zeroX: number; bars: ScoreBar[] }

const ROW = 36
const BAR = 24
const PAD = 12

/** One bar per row, in the order given (the view passes them by rank); negative scores extend left of zero. */
export function scoreBarGeometry(
  rows: readonly { name: string; score: number }[],
  { width = 760, emptyMessage = '所选期间内没有得分。' }: { width?: number; emptyMessage?: string } = {},
): ScoreBarChart | EmptyChart {
  const values = rows.map((r) => (Number.isFinite(r.score) ? r.score : 0))
  if (values.every((v) => v === 0)) return { empty: true, width, height: ROW * 2, message: emptyMessage }
  const labelWidth = Math.min(Math.max(...rows.map((r) => textWidth(r.name))) + PAD, Math.round(width * 0.35))
  const valueRoom = Math.max(...values.map((v) => textWidth(formatNumber(v)))) + PAD
  const min = Math.min(0, ...values)
  const max = Math.max(0, ...values)
  const plotStart = labelWidth + (min < 0 ? valueRoom : 0)
  const plotWidth = width - plotStart - (max > 0 ? valueRoom : 0)
  const scale = plotWidth / (max - min)
  const zeroX = plotStart - min * scale
  const bars = rows.map((row, i): ScoreBar => {
    const value = values[i]
    const length = Math.abs(value) * scale
    const y = PAD + i * ROW + (ROW - BAR) / 2
    return {
      label: row.name,
      value,
      valueText: formatNumber(value),
      x: value < 0 ? zeroX - length : zeroX,
      y,
      width: length,
      height: BAR,
      labelX: labelWidth - PAD / 2,
      textY: y + BAR / 2 + FONT_SIZE * 0.35,
      valueX: value < 0 ? zeroX - length - 6 : zeroX + length + 6,
      valueAnchor: value < 0 ? 'end' : 'start',
    }
  })
  return { empty: false, width, height: PAD * 2 + rows.length * ROW, zeroX, bars }
}

export type MonthDatum = { month: string; submitted: number; adopted: number; score: number }

export type TrendBar = { x: number; y: number; width: number; height: number; value: number; valueText: string; textX: number; textY: number }

export type TrendGroup = {
  month: string
  label: string
  centerX: number
  submitted: TrendBar
  adopted: TrendBar
  score: number
  scoreText: string
}

export type TrendChart = {
  empty: false
  width: number
  height: number
  /** The zero line of the bars. */
  baselineY: number
  labelY: number
  scoreY: number
  /** Left column: the caption of the score row. */
  captionX: number
  groups: TrendGroup[]
}

const TREND_PLOT = 180
const TREND_TOP = 28
const TREND_BAR = 22
const CAPTION = 56

/** Month labels: 3月, or 2026年3月 when the range spans years. */
export function monthLabels(months: readonly string[]): string[] {
  const years = new Set(months.map((m) => m.slice(0, 4)))
  return months.map((m) => {
    const [year, month] = m.split('-').map(Number)
    return years.size > 1 ? `${year}年${month}月` : `${month}月`
  })
}

export function trendGeometry(months: readonly MonthDatum[], { emptyMessage = '所选期间内没有报送、采用或得分。' }: { emptyMessage?: string } = {}): TrendChart | EmptyChart {
  const clean = months.map((m) => ({ ...m, submitted: m.submitted || 0, adopted: m.adopted || 0, score: m.score || 0 }))
  if (clean.every((m) => m.submitted === 0 && m.adopted === 0 && m.score === 0)) {
    return { empty: true, width: 480, height: 72, message: emptyMessage }
  }
  const labels = monthLabels(clean.map((m) => m.month))
  const groupWidth = Math.max(TREND_BAR * 2 + 28, ...labels.map((l) => textWidth(l) + 16))
  const max = Math.max(...clean.map((m) => Math.max(m.submitted, m.adopted)))
  const scale = max > 0 ? TREND_PLOT / max : 0
  const baselineY = TREND_TOP + TREND_PLOT
  const bar = (value: number, x: number): TrendBar => {
    const height = value * scale
    return { x, y: baselineY - height, width: TREND_BAR, height, value, valueText: formatNumber(value), textX: x + TREND_BAR / 2, textY: baselineY - height - 6 }
  }
  const groups = clean.map((m, i): TrendGroup => {
    const left = CAPTION + i * groupWidth
    const centerX = left + groupWidth / 2
    return {
      month: m.month,
      label: labels[i],
      centerX,
      submitted: bar(m.submitted, centerX - TREND_BAR - 2),
      adopted: bar(m.adopted, centerX + 2),
      score: m.score,
      scoreText: formatNumber(m.score),
    }
  })
  return {
    empty: false,
    width: CAPTION + clean.length * groupWidth + PAD,
    height: baselineY + 64,
    baselineY,
    labelY: baselineY + 24,
    scoreY: baselineY + 52,
    captionX: CAPTION - 8,
    groups,
  }
}

/** A sentence for screen readers (the full figures are in the tables). */
export function scoreSummary(rows: readonly { name: string; score: number; rank: number }[]): string {
  if (rows.length === 0) return '没有参与排名的单位。'
  const top = rows.slice(0, 3).map((r) => `第${r.rank}名${r.name}${formatNumber(r.score)}分`)
  return `共${rows.length}个单位，${top.join('，')}。各单位得分见下方统计表。`
}

export function trendSummary(months: readonly MonthDatum[]): string {
  const sum = (key: 'submitted' | 'adopted' | 'score') => formatNumber(months.reduce((s, m) => s + (m[key] || 0), 0))
  return `共${months.length}个月，报送合计${sum('submitted')}篇，采用${sum('adopted')}篇，得分${sum('score')}分。各月数字见下方按月统计表。`
}
