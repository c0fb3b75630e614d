/**
 * 网站自查: every automatable indicator of 《政府网站与政务新媒体检查指标》, written as one
 * report (vetoes first, then deductions, then early warnings) that the webmaster opens and
 * exports. Webmasters get a notice whenever a report has vetoes or warnings, so they hear of a
 * stale column on day 10 of 14, not after the veto.
 */
import type { PayloadRequest } from 'payload'

import { workflowOptions } from '@gov/review-workflow'

import { checkContentFreshness } from './contentFreshness'
import { checkInteractionResponse } from './interactionResponse'
import { checkLiveSite } from './liveSite'
import { checkPublishDates } from './publishDates'
import type { InspectionItem, InspectionSettingsData } from './types'

const ORDER = { veto: 0, deduct: 1, warn: 2 } as const

export type InspectionOutcome = { id: number | string; vetoes: number; deductions: number; warnings: number; items: InspectionItem[] }

export async function runInspection(req: PayloadRequest, trigger: string, now = new Date()): Promise<InspectionOutcome> {
  const startedAt = new Date()
  const settings = (await req.payload.findGlobal({ slug: 'inspection-settings', depth: 0, overrideAccess: true, req })) as unknown as InspectionSettingsData
  const items = [
    ...(await checkLiveSite(req, settings)),
    ...(await checkContentFreshness(req, settings, now)),
    ...(await checkInteractionResponse(req, settings, now)),
    ...(await checkPublishDates(req)),
  ].sort((a, b) => ORDER[a.level] - ORDER[b.level])
  const count = (level: InspectionItem['level']) => items.filter((i) => i.level === level).length
  const report = await req.payload.create({
    collection: 'inspection-reports',
    overrideAccess: true,
    req,
    data: {
      trigger,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      vetoes: count('veto'),
      deductions: count('deduct'),
      warnings: count('warn'),
      items,
    },
  })
  const outcome = { id: report.id, vetoes: count('veto'), deductions: count('deduct'), warnings: count('warn'), items }
  if (outcome.vetoes + outcome.warnings > 0) await tellWebmasters(req, outcome)
  return outcome
}

async function tellWebmasters(req: PayloadRequest, outcome: InspectionOutcome) {
  const webmasters = await req.payload.find({ collection: 'users', where: { roles: { in: ['webmaster'] } }, pagination: false, depth: 0, overrideAccess: true, req, select: { email: true } })
  const title = outcome.vetoes > 0 ? `网站自查发现 ${outcome.vetoes} 项单项否决问题` : `网站自查预警 ${outcome.warnings} 项`
  const first = outcome.items.filter((i) => i.level !== 'deduct').slice(0, 3).map((i) => `${i.indicator}：${i.target}`).join('；')
  for (const user of webmasters.docs) {
    await req.payload.create({
      collection: workflowOptions(req.payload).slugs.notifications as never,
      overrideAccess: true,
      req,
      data: { recipient: user.id, kind: 'overdue', title, message: first, link: `/admin/collections/inspection-reports/${outcome.id}`, read: false } as never,
    })
  }
}
