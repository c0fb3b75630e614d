import type { CollectionBeforeChangeHook } from 'payload'


import { idOf } from '../../../submissions/line'
import { periodOf, type PeriodType } from '../../../submissions/periods'
import { computeSubmissionStats } from '../../../submissions/stats'
import { userError } from '../../../lib/userErrors'

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`)

/** Generates the ranking when the bulletin is created or its period changes. */
export const generateBulletin: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const type = merged.periodType as PeriodType
  if (type !== 'year' && !merged.period) throw userError(type === 'month' ? '请填写月份（1–12）。' : '请填写季度（1–4）。')
  if (type === 'quarter' && merged.period > 4) throw userError('季度只能是 1–4。')
  const unchanged =
    operation === 'update' && originalDoc?.generatedAt && ['periodType', 'year', 'period'].every((k) => String(originalDoc[k] ?? '') === String(merged[k] ?? ''))
  if (unchanged) return data

  const period = periodOf(type, Number(merged.year), Number(merged.period ?? 1))
  const office = idOf(merged.office)
  if (office === null) throw userError('缺少通报机构。')
  const stats = await computeSubmissionStats(req, { office, from: period.from, to: period.to })
  const officeName = stats.office.name
  data.title = `${officeName}关于${period.label}政务信息报送采用情况的通报`
  data.rows = stats.rows.map((r) => ({
    rank: r.rank,
    unit: r.name,
    submitted: r.submitted,
    adopted: r.adopted,
    adoptionRate: percent(r.adoptionRate),
    score: r.score,
    quotaMissedMonths: r.quotaMissedMonths,
    commissionsMissed: r.commissionsMissed,
    instructions: r.instructions,
  }))
  data.totals = stats.totals
  data.generatedAt = new Date().toISOString()
  const top = stats.rows.filter((r) => r.score > 0).slice(0, 3).map((r) => r.name)
  const lagging = stats.rows.filter((r) => r.submitted === 0).map((r) => r.name)
  if (operation === 'update' || !data.intro) {
    data.intro = [
      `${period.label}，各单位共报送政务信息${stats.totals.submitted}条，被采用${stats.totals.adopted}条。`,
      top.length ? `${top.join('、')}得分居前。` : '',
      lagging.length ? `${lagging.join('、')}本期未报送信息，请加强信息报送工作。` : '',
      '现将各单位报送采用情况通报如下。',
    ]
      .filter(Boolean)
      .join('')
  }
  return data
}
