import type { Endpoint } from 'payload'

import { ALLOW_PENDING_PASSWORD_CHANGE } from '../auth/requirePasswordChange'
import { healthReport } from './runHealthChecks'

/**
 * `GET /api/health`: no sign-in, no personal data. 200 with the checks when all pass, 503 with
 * the failing ones named (`failing`) when not. For monitoring (Zabbix, Prometheus' blackbox
 * exporter, a cron with curl); see README, 运行状态检查.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  // Public anyway: an account that must change its password is not refused it either.
  custom: { [ALLOW_PENDING_PASSWORD_CHANGE]: true },
  handler: async (req) => {
    const report = await healthReport(req.payload)
    return Response.json(report, {
      status: report.status === 'ok' ? 200 : 503,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
