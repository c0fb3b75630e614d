/**
 * The charts of 报送统计 as inline SVG, rendered on the server (no client script). Text uses the
 * admin's text colour, so it reads in light and dark themes; the two bar colours keep at least
 * 3:1 against both backgrounds (white and #141414).
 */
import React from 'react'

import { type EmptyChart, FONT_SIZE, scoreBarGeometry, scoreSummary, trendGeometry, trendSummary, type MonthDatum } from './charts'

/** 4.2:1 on white, 4.4:1 on the dark theme's #141414. */
export const SUBMITTED_COLOUR = '#3b78e7'
/** 4.3:1 on both. */
export const ADOPTED_COLOUR = '#c25e00'

const textStyle: React.CSSProperties = { fill: 'var(--theme-elevation-800)', fontSize: FONT_SIZE }
const lineStyle: React.CSSProperties = { stroke: 'var(--theme-elevation-800)', strokeWidth: 1 }
const svgStyle: React.CSSProperties = { display: 'block', maxWidth: '100%', height: 'auto' }

function Empty({ chart, id, title }: { chart: EmptyChart; id: string; title: string }) {
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`} style={svgStyle}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{chart.message}</desc>
      <text x={12} y={chart.height / 2 + 6} style={textStyle}>
        {chart.message}
      </text>
    </svg>
  )
}

export function ScoreChart({ id, title, rows }: { id: string; title: string; rows: { name: string; score: number; rank: number }[] }) {
  const chart = scoreBarGeometry(rows)
  if (chart.empty) return <Empty chart={chart} id={id} title={title} />
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`} style={svgStyle}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{scoreSummary(rows)}</desc>
      <line x1={chart.zeroX} x2={chart.zeroX} y1={4} y2={chart.height - 4} style={lineStyle} />
      {chart.bars.map((bar, i) => (
        <g key={i}>
          <text x={bar.labelX} y={bar.textY} textAnchor="end" style={textStyle}>
            {bar.label}
          </text>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={SUBMITTED_COLOUR} />
          <text x={bar.valueX} y={bar.textY} textAnchor={bar.valueAnchor} style={textStyle}>
            {bar.valueText}
          </text>
        </g>
      ))}
    </svg>
  )
}

export function TrendChart({ id, title, months }: { id: string; title: string; months: MonthDatum[] }) {
  const chart = trendGeometry(months)
  if (chart.empty) return <Empty chart={chart} id={id} title={title} />
  const small = { ...textStyle, fontSize: 14 }
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`} style={svgStyle}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{trendSummary(months)}</desc>
      <line x1={chart.captionX} x2={chart.width - 4} y1={chart.baselineY} y2={chart.baselineY} style={lineStyle} />
      <text x={chart.captionX} y={chart.labelY} textAnchor="end" style={textStyle}>
        月份
      </text>
      <text x={chart.captionX} y={chart.scoreY} textAnchor="end" style={textStyle}>
        得分
      </text>
      {chart.groups.map((g) => (
        <g key={g.month}>
          {[
            { bar: g.submitted, colour: SUBMITTED_COLOUR },
            { bar: g.adopted, colour: ADOPTED_COLOUR },
          ].map(({ bar, colour }, i) => (
            <React.Fragment key={i}>
              <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={colour} />
              <text x={bar.textX} y={bar.textY} textAnchor="middle" style={small}>
                {bar.valueText}
              </text>
            </React.Fragment>
          ))}
          <text x={g.centerX} y={chart.labelY} textAnchor="middle" style={textStyle}>
            {g.label}
          </text>
          <text x={g.centerX} y={chart.scoreY} textAnchor="middle" style={{ ...textStyle, fontWeight: 700 }}>
            {g.scoreText}
          </text>
        </g>
      ))}
    </svg>
  )
}

/** Legend for the trend chart: colour and position (left, right), so colour is not the only cue. */
export function TrendLegend() {
  const swatch = (colour: string): React.CSSProperties => ({ display: 'inline-block', width: 16, height: 16, background: colour, verticalAlign: 'middle', marginRight: 6 })
  return (
    <p style={{ display: 'flex', gap: 24, flexWrap: 'wrap', margin: '8px 0' }}>
      <span>
        <span aria-hidden="true" style={swatch(SUBMITTED_COLOUR)} />
        报送（每月左侧柱）
      </span>
      <span>
        <span aria-hidden="true" style={swatch(ADOPTED_COLOUR)} />
        采用（每月右侧柱）
      </span>
      <span>得分：写在月份下方</span>
    </p>
  )
}
