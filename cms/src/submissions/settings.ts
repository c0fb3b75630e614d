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

/** The office's own 考核设置, else the defaults (and until someone saves those, the county rule). */
export async function submissionSettings(req: PayloadRequest, office: number | string | null | undefined): Promise<SubmissionSettingsValue> {
  const own =
    office === null || office === undefined
      ? undefined
      : (await req.payload.find({ collection: 'office-submission-settings', where: { office: { equals: office } }, limit: 1, depth: 0, overrideAccess: true, req })).docs[0]
  const doc = own ?? (await req.payload.findGlobal({ slug: 'submission-settings', depth: 0, overrideAccess: true, req }))
  const rules = (doc.updatedAt ? (doc.rules ?? []) : DEFAULT_SCORING_RULES) as ScoringRule[]
  return {
    rules: rules.map((r) => ({ ...r, points: Number(r.points) })),
    monthlyQuota: doc.monthlyQuota ?? 1,
    defaultAnnualTarget: doc.defaultAnnualTarget ?? 100,
    feedbackDays: doc.feedbackDays ?? 10,
    annualTargets: (doc.annualTargets ?? []).map((t) => ({ year: t.year, unit: idOf(t.unit)!, targetScore: t.targetScore })),
  }
}
