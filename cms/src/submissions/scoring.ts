/**
 * Scores are derived from recorded events (报送、采用、批示) by rules kept as data in 报送考核设置.
 * Every rule an event matches adds its points to each unit the rule credits: the originating unit,
 * the offices that forwarded the item on its way up, or both.
 */
import type { EventType, JournalKind, LeaderLevel, OfficeLevel } from './constants'

export type ScoringRule = {
  label: string
  event: EventType
  /** Level of the office where the event happened; empty matches any. */
  officeLevel?: OfficeLevel | null
  journalKind?: JournalKind | null
  leaderLevel?: LeaderLevel | null
  points: number
  /** @default 'both' */
  creditTo?: 'origin' | 'forwarders' | 'both' | null
}

export type ScoredEvent = {
  type: EventType
  originUnit: number
  forwarders: number[]
  officeLevel?: OfficeLevel | null
  journalKind?: JournalKind | null
  leaderLevel?: LeaderLevel | null
}

/** 县级评分细则 as the issue quotes it. */
export const DEFAULT_SCORING_RULES: ScoringRule[] = [
  { label: '《政务要情》采用', event: 'adopted', officeLevel: 'county', journalKind: 'yaoqing', points: 10 },
  { label: '《政务快讯》采用', event: 'adopted', officeLevel: 'county', journalKind: 'kuaixun', points: 5 },
  { label: '专报采用', event: 'adopted', officeLevel: 'county', journalKind: 'zhuanbao', points: 10 },
  { label: '报送省政府办公厅', event: 'received', officeLevel: 'province', points: 5 },
  { label: '省政府办公厅采用', event: 'adopted', officeLevel: 'province', points: 40 },
  { label: '报送国务院办公厅', event: 'received', officeLevel: 'national', points: 30 },
  { label: '国务院办公厅采用', event: 'adopted', officeLevel: 'national', points: 80 },
  { label: '市主要领导批示', event: 'instruction', leaderLevel: 'cityMain', points: 30 },
]

export function ruleMatches(rule: ScoringRule, event: ScoredEvent): boolean {
  if (rule.event !== event.type) return false
  if (rule.officeLevel && rule.officeLevel !== event.officeLevel) return false
  if (rule.journalKind && rule.journalKind !== event.journalKind) return false
  if (rule.leaderLevel && rule.leaderLevel !== event.leaderLevel) return false
  return true
}

export function creditedUnits(rule: ScoringRule, event: ScoredEvent): number[] {
  const to = rule.creditTo ?? 'both'
  const units = [...(to === 'forwarders' ? [] : [event.originUnit]), ...(to === 'origin' ? [] : event.forwarders)]
  return [...new Set(units)]
}

/** Points per unit for a list of events. */
export function scoreEvents(events: readonly ScoredEvent[], rules: readonly ScoringRule[]): Map<number, number> {
  const scores = new Map<number, number>()
  for (const event of events) {
    for (const rule of rules) {
      if (!ruleMatches(rule, event)) continue
      for (const unit of creditedUnits(rule, event)) scores.set(unit, (scores.get(unit) ?? 0) + rule.points)
    }
  }
  return scores
}
