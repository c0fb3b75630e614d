/**
 * On the first of each month every information office with an editor finds last month's
 * 通报 already drafted from the statistics (generated like one created by hand), waiting to be
 * checked, reworded and sent for sign-off. Offices that already have one are left alone.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { noticeUnit } from './notices'
import { loadUnitTree, unitsServedBy } from './offices'
import { chinaYearMonth } from './periods'

export async function draftMonthlyBulletins(req: PayloadRequest, now = new Date()): Promise<number> {
  const current = chinaYearMonth(now)
  const year = current.month === 1 ? current.year - 1 : current.year
  const month = current.month === 1 ? 12 : current.month - 1
  const tree = await loadUnitTree(req)
  const offices = [...new Set([...tree.values()].map((u) => u.infoOffice).filter((id): id is number => id !== null))]
  let drafted = 0
  for (const office of offices) {
    if (unitsServedBy(tree, office).length === 0) continue
    const editors = await req.payload.count({ collection: 'users', where: { and: [{ unit: { equals: office } }, { roles: { in: ['infoEditor'] } }] }, overrideAccess: true, req })
    if (editors.totalDocs === 0) continue
    const existing = await req.payload.count({
      collection: 'bulletins',
      where: { and: [{ office: { equals: office } }, { periodType: { equals: 'month' } }, { year: { equals: year } }, { period: { equals: month } }] },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs > 0) continue
    const bulletin = await req.payload.create({
      collection: 'bulletins',
      draft: true,
      overrideAccess: true,
      req,
      data: { office, periodType: 'month', year, period: month },
    })
    await noticeUnit(req, {
      unit: office,
      roles: ['infoEditor'],
      kind: 'assigned',
      title: `月度通报已生成：${bulletin.title}`,
      message: '请核对数据、修改导语后提交审核。',
      link: `${req.payload.config.routes.admin}/collections/bulletins/${bulletin.id}`,
    })
    drafted++
  }
  return drafted
}

export const draftMonthlyBulletinsTask: TaskConfig = {
  slug: 'draftMonthlyBulletins',
  label: '生成月度通报草稿',
  // 01:00 UTC on the 1st = 09:00 in China; run by the admin server's `workflow` queue.
  schedule: [{ cron: '0 1 1 * *', queue: 'workflow' }],
  handler: async ({ req }) => ({ output: { drafted: await draftMonthlyBulletins(req) } }),
}
