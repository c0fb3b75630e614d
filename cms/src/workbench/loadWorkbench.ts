/**
 * 工作台: what the signed-in person has to do and should know, read with their own access:
 * items waiting for their signature (overdue marked), items returned to them, the site's
 * health from the last self-inspection, the system's running state (the checks of
 * `GET /api/health`), recent and failed publishes, and 依申请公开 applications due soon. Each part
 * appears only for the roles it concerns.
 */
import type { PayloadRequest } from 'payload'

import { myPending, workflowOptions } from '@gov/review-workflow'

import { hasRole, type RoleHolder } from '../lib/roles'
import { type InspectionItem } from '../inspection/types'
import { formatChineseDate } from '../disclosure/format'
import { healthReport, type HealthReport } from '../health'

type Id = number | string

export type WorkItem = { title: string; href: string; note: string; overdue?: boolean }
export type Workbench = {
  pending: WorkItem[]
  returned: WorkItem[]
  health: { reportHref: string; at: string; vetoes: number; deductions: number; warnings: number; top: InspectionItem[] } | null | 'none'
  /** The system's running state, as GET /api/health reports it. */
  system: HealthReport | null
  publishes: { at: string; status: string; trigger: string; failed: boolean; href: string; error?: string | null }[] | null
  applications: WorkItem[] | null
}

const DAY_MS = 86_400_000

/** A part the user's access does not cover is left out, not an error page. */
async function ifReadable<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    if ((error as { status?: number }).status === 403) return null
    throw error
  }
}
const docHref = (admin: string, collection: string, id: Id) => `${admin}/collections/${collection}/${id}`

export async function loadWorkbench(req: PayloadRequest): Promise<Workbench> {
  const user = req.user as ({ id: Id } & RoleHolder) | null
  const admin = req.payload.config.routes.admin
  const now = Date.now()
  const options = workflowOptions(req.payload)
  const pending = user
    ? (await myPending(req, options, { limit: 20 })).docs.map((run) => ({
        title: run.title ?? '',
        href: docHref(admin, run.docCollection, run.docId),
        note: `${run.stageLabel ?? ''}${run.stageDueAt ? `，时限 ${formatChineseDate(run.stageDueAt)}` : ''}`,
        overdue: Boolean(run.stageDueAt && new Date(run.stageDueAt).getTime() < now),
      }))
    : []

  const returnedRuns = user
    ? await req.payload.find({
        collection: options.slugs.runs,
        where: { and: [{ author: { equals: user.id } }, { status: { in: ['returned', 'rejected'] } }, { finishedAt: { greater_than: new Date(now - 90 * DAY_MS).toISOString() } }] },
        sort: '-finishedAt',
        limit: 20,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  // Only while not sent again: a newer run of the same item (in review or approved) supersedes the return.
  type ReturnedRun = { title?: string; docCollection: string; docId: string; status: string; signatures?: { opinion?: string | null }[] }
  const returnedDocs = returnedRuns.docs as unknown as ReturnedRun[]
  const sentAgain = returnedDocs.length
    ? await req.payload.find({
        collection: options.slugs.runs,
        where: { and: [{ docId: { in: returnedDocs.map((r) => r.docId) } }, { status: { in: ['in_review', 'approved'] } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
        select: { docCollection: true, docId: true } as never,
      })
    : { docs: [] }
  const superseded = new Set((sentAgain.docs as unknown as ReturnedRun[]).map((r) => `${r.docCollection}:${r.docId}`))
  const returned: WorkItem[] = []
  for (const run of returnedDocs) {
    const href = docHref(admin, run.docCollection, run.docId)
    if (superseded.has(`${run.docCollection}:${run.docId}`) || returned.some((r) => r.href === href)) continue
    const opinion = run.signatures?.at(-1)?.opinion
    returned.push({ title: run.title ?? '', href, note: `${run.status === 'returned' ? '退回修改' : '不同意'}${opinion ? `：${opinion}` : ''}` })
  }

  let health: Workbench['health'] = null
  if (hasRole(user, 'webmaster', 'reviewer', 'leader', 'sysAdmin')) {
    const last = await ifReadable(() => req.payload.find({ collection: 'inspection-reports', sort: '-startedAt', limit: 1, depth: 0, overrideAccess: false, user, req }))
    const report = last?.docs[0]
    health = !last ? null : report
      ? {
          reportHref: docHref(admin, 'inspection-reports', report.id),
          at: report.startedAt,
          vetoes: report.vetoes,
          deductions: report.deductions,
          warnings: report.warnings,
          top: ((report.items ?? []) as InspectionItem[]).filter((i) => i.level !== 'deduct').slice(0, 5),
        }
      : 'none'
  }

  // Those who run the site see whether it runs: the same checks as GET /api/health.
  const system = hasRole(user, 'webmaster', 'reviewer', 'leader', 'sysAdmin') ? await healthReport(req.payload) : null

  let publishes: Workbench['publishes'] = null
  if (hasRole(user, 'webmaster', 'reviewer', 'leader', 'sysAdmin')) {
    const logs = await ifReadable(() => req.payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 5, depth: 0, overrideAccess: false, user, req }))
    publishes = logs?.docs.map((log) => ({
      at: (log.startedAt as string | undefined) ?? log.createdAt,
      status: String(log.status ?? ''),
      trigger: (log.trigger as string | undefined) ?? '',
      failed: log.status === 'failed',
      href: docHref(admin, 'publish-logs', log.id),
      error: (log.error as string | null | undefined) ?? null,
    })) ?? null
  }

  let applications: Workbench['applications'] = null
  if (hasRole(user, 'disclosureOfficer')) {
    const due = await ifReadable(() => req.payload.find({
      collection: 'disclosure-applications',
      where: { and: [{ status: { in: ['received', 'processing'] } }, { dueAt: { less_than: new Date(now + 7 * DAY_MS).toISOString() } }] },
      sort: 'dueAt',
      limit: 20,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    }))
    applications = due?.docs.map((a) => ({
      title: String((a as { description?: string }).description ?? (a as { serialNo?: string }).serialNo ?? a.id).slice(0, 40),
      href: docHref(admin, 'disclosure-applications', a.id),
      note: `答复期限 ${formatChineseDate(String(a.dueAt))}`,
      overdue: new Date(String(a.dueAt)).getTime() < now,
    })) ?? null
  }
  return { pending, returned, health, system, publishes, applications }
}
