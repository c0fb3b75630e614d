import type { PayloadRequest } from 'payload'

import { idOf } from './line'
import { DEFAULT_SCORING_RULES, type ScoringRule } from './scoring'

export type SubmissionSettingsValue = {
  rules: ScoringRule[]
  monthlyQuota: number
  defaultAnnualTarget: number
  feedbackDays: number
  annualTargets: { year: number; unit: number; targetScore: number }[]
}

export async function submissionSettings(req: PayloadRequest): Promise<SubmissionSettingsValue> {
  const doc = await req.payload.findGlobal({ slug: 'submission-settings', depth: 0, overrideAccess: true, req })
  // Until someone saves the settings, the county rule applies.
  const rules = (doc.updatedAt ? (doc.rules ?? []) : DEFAULT_SCORING_RULES) as ScoringRule[]
  return {
    rules: rules.map((r) => ({ ...r, points: Number(r.points) })),
    monthlyQuota: doc.monthlyQuota ?? 1,
    defaultAnnualTarget: doc.defaultAnnualTarget ?? 100,
    feedbackDays: doc.feedbackDays ?? 10,
    annualTargets: (doc.annualTargets ?? []).map((t) => ({ year: t.year, unit: idOf(t.unit)!, targetScore: t.targetScore })),
  }
}
