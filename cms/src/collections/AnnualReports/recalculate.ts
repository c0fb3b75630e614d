import type { Endpoint } from 'payload'


import { computeAnnualTables } from '../../disclosure/annualReport/compute'
import { hasRole } from '../../lib/roles'
import { userError } from '../../lib/userErrors'

/**
 * POST /api/annual-reports/:id/recalculate — 重新计算: regenerates table 二's document counts and
 * table 三 from the policies and applications, saved as a new draft (to be reviewed again).
 */
export const recalculateEndpoint: Endpoint = {
  path: '/:id/recalculate',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'disclosureOfficer')) throw userError('只有政务公开专员可以重新计算年度报告。', 403)
    const id = String(req.routeParams?.id ?? '')
    const report = await req.payload.findByID({ collection: 'annual-reports', id, draft: true, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!report) throw userError('年度报告不存在。', 404)
    const computed = await computeAnnualTables(req, report.year)
    const saved = await req.payload.update({
      collection: 'annual-reports',
      id,
      draft: true,
      req,
      user: req.user,
      overrideAccess: false,
      data: {
        activeDisclosure: { ...report.activeDisclosure, regulations: computed.regulations, normativeDocs: computed.normativeDocs },
        applicationStats: computed.applicationStats,
        computedAt: new Date().toISOString(),
      },
    })
    return Response.json({ message: '已按最新数据重新计算表二、表三。', doc: saved })
  },
}
