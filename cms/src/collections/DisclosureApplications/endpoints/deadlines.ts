import type { Endpoint } from 'payload'


import { applicationDeadlines } from '../../../disclosure/applications/deadlines'
import { hasRole } from '../../../lib/roles'
import { userError } from '../../../lib/userErrors'

/** GET /api/disclosure-applications/deadlines — { dueSoonDays, overdue: [...], dueSoon: [...] }. */
export const deadlinesEndpoint: Endpoint = {
  path: '/deadlines',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'disclosureOfficer', 'unitHead', 'leader')) throw userError('您无权查看依申请公开办理情况。', 403)
    return Response.json(await applicationDeadlines(req))
  },
}
