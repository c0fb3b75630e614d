import type { AdminViewServerProps, ServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { hasRole } from '../../lib/roles'
import { labelOf, OFFICE_LEVELS } from '../../submissions/constants'
import { computeSubmissionStats, statsOfficeFor } from '../../submissions/stats'
import { ScoreChart, TrendChart, TrendLegend } from './Charts'
import { chineseDay, parseStatsFilters, PERIOD_PRESETS, type StatsFilters, statsQuery } from './filters'
import { MonthTable, UnitTable } from './StatsTable'

const PATH = '/submission-stats'

const control: React.CSSProperties = {
  fontSize: 16,
  padding: '6px 8px',
  minHeight: 40,
  border: '1px solid var(--theme-elevation-600)',
  borderRadius: 4,
  background: 'var(--theme-input-bg, var(--theme-bg))',
  color: 'var(--theme-text)',
}
const fieldLabel: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 16 }

/** Payload's button look on a plain element (works without JavaScript). */
const buttonClass = (style: 'primary' | 'secondary' | 'pill') => `btn btn--style-${style} btn--size-large btn--withoutPopup btn--no-margin`

function ButtonLabel({ children }: { children: React.ReactNode }) {
  return (
    <span className="btn__content">
      <span className="btn__label">{children}</span>
    </span>
  )
}

/** A plain GET form: 查询 (first, so Enter in a date field uses the dates) and the preset buttons. */
function Filters({ action, filters }: { action: string; filters: StatsFilters }) {
  return (
    <form method="get" action={action} style={{ display: 'flex', flexDirection: 'column', gap: 12, margin: '16px 0 24px' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16 }}>
        <fieldset style={{ display: 'flex', flexWrap: 'wrap', gap: 16, border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 16, fontWeight: 700, marginBottom: 4 }}>起止日期（含首尾两天，格式如 2026-05-01）</legend>
          <label style={fieldLabel}>
            开始日期
            <input type="date" name="from" defaultValue={filters.fromDay} min="2000-01-01" max="2100-12-31" style={control} />
          </label>
          <label style={fieldLabel}>
            结束日期
            <input type="date" name="to" defaultValue={filters.toDay} min="2000-01-01" max="2100-12-31" style={control} />
          </label>
        </fieldset>
        <label style={fieldLabel}>
          单位层级
          <select name="unitLevel" defaultValue={filters.unitLevel ?? ''} style={control}>
            <option value="">全部</option>
            {OFFICE_LEVELS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label.zh}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass('primary')}>
          <ButtonLabel>按日期查询</ButtonLabel>
        </button>
      </div>
      <div role="group" aria-labelledby="stats-presets" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
        <span id="stats-presets" style={{ fontSize: 16 }}>
          快捷选择期间：
        </span>
        {PERIOD_PRESETS.map((p) => (
          <button
            key={p.value}
            type="submit"
            name="period"
            value={p.value}
            aria-current={filters.preset === p.value ? 'true' : undefined}
            className={buttonClass(filters.preset === p.value ? 'primary' : 'secondary')}
          >
            <ButtonLabel>{p.label}</ButtonLabel>
          </button>
        ))}
      </div>
    </form>
  )
}

/** 报送统计: the units an office ranks, for the office's staff and the government's leaders. */
export async function SubmissionStatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login`)
  const office = await statsOfficeFor(req)
  const filters = parseStatsFilters(searchParams)
  const stats = office === null ? null : await computeSubmissionStats(req, { office, from: filters.from, to: filters.to, unitLevel: filters.unitLevel })
  const period = `${chineseDay(filters.fromDay)}至${chineseDay(filters.toDay)}`
  const level = filters.unitLevel ? labelOf(OFFICE_LEVELS, filters.unitLevel) : '全部'
  const text: React.CSSProperties = { fontSize: 16, lineHeight: 1.7 }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="submission-stats" style={text}>
          <h1>报送统计</h1>
          {!stats ? (
            <p>只有信息工作机构的人员可以查看报送统计。</p>
          ) : (
            <>
              <p>
                <strong>{stats.office.name}</strong>　统计期间：<span data-period>{period}</span>　单位层级：{level}
              </p>
              {filters.error && (
                <p role="status" style={{ color: 'var(--theme-error-700, inherit)', fontWeight: 700 }}>
                  {filters.error}
                </p>
              )}
              <Filters action={`${admin}${PATH}`} filters={filters} />
              <p style={{ margin: '0 0 32px' }}>
                <a className={buttonClass('secondary')} href={`${req.payload.config.routes.api}/submission-stats/xlsx?${statsQuery(filters)}`}>
                  <ButtonLabel>导出 Excel</ButtonLabel>
                </a>
              </p>
              <h2>各单位统计</h2>
              <UnitTable stats={stats} caption={`${period}各单位报送统计（单位层级：${level}）`} />
              <h2>得分排名</h2>
              <ScoreChart id="stats-score-chart" title={`${period}各单位得分排名`} rows={stats.rows} />
              <h2>月度趋势</h2>
              <TrendLegend />
              <TrendChart id="stats-trend-chart" title={`${period}每月报送、采用和得分`} months={stats.months} />
              <MonthTable months={stats.months} caption="各月报送、采用和得分" />
              <h2>说明</h2>
              <ul>
                <li>
                  得分由系统记录的报送、采用、领导批示等事件，按
                  <a href={`${admin}/globals/submission-settings`}>报送考核设置</a>
                  中的计分规则自动计算，不能手工填写。
                </li>
                <li>报送：所选期间内该单位向本机构报送（或转报）的信息篇数；采用率＝采用÷报送。</li>
                <li>未完成月度任务：所选期间内已结束的月份中，报送少于每月{stats.monthlyQuota}篇的月数。</li>
                <li>目标完成率：截至所选期间结束，当年累计得分÷年度目标分。</li>
              </ul>
            </>
          )}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

/** Navigation link to the view, for the roles that work with submissions (no query per render). */
export function SubmissionStatsNavLink({ payload, user }: ServerProps) {
  if (!hasRole(user as never, 'infoEditor', 'unitHead', 'leader')) return null
  return (
    <a className="nav__link" href={`${payload?.config.routes.admin ?? '/admin'}${PATH}`}>
      <span className="nav__link-label">报送统计</span>
    </a>
  )
}
