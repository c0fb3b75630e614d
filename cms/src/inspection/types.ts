/** One finding of the self-inspection (网站自查), in the words of the national indicators. */
export type InspectionLevel = 'veto' | 'deduct' | 'warn'

export type InspectionItem = {
  level: InspectionLevel
  /** The indicator, e.g. 栏目不更新. */
  indicator: string
  /** Where: a column, a page, a message. */
  target: string
  /** What was measured. */
  detail: string
  /** What to do. */
  advice: string
}

export const LEVEL_LABELS: Record<InspectionLevel, string> = { veto: '单项否决', deduct: '扣分', warn: '预警' }

export type InspectionSettingsData = {
  homeMaxDays: number
  homeWarnDays: number
  columnRules: { kind: string; maxDays: number; warnDays: number }[]
  longStaleDays: number
  vetoStale: number
  vetoLongStale: number
  vetoBlank: number
  messageMaxDays: number
  messageWarnDays: number
  externalLinkSample: number
}

export const DAY_MS = 86_400_000

export const daysSince = (value: string | Date, now: Date) => Math.floor((now.getTime() - new Date(value).getTime()) / DAY_MS)
