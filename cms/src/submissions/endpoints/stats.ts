import type { Endpoint, PayloadRequest } from 'payload'


import { statsTitle, statsWorkbook } from '../documents/statsWorkbook'
import { computeSubmissionStats, statsOfficeFor } from '../stats'
import { download, XLSX } from './download'
import { parseStatsQuery } from './statsQuery'
import { userError } from '../../lib/userErrors'

async function statsFor(req: PayloadRequest) {
  if (!req.user) throw userError('请先登录。', 401)
  const office = await statsOfficeFor(req)
  if (office === null) throw userError('只有信息工作机构的人员可以查看报送统计。', 403)
  const query = parseStatsQuery(new URL(req.url ?? 'http://localhost').searchParams)
  return computeSubmissionStats(req, { office, ...query })
}

/** GET /api/submission-stats?from=YYYY-MM-DD&to=YYYY-MM-DD&unitLevel= — the statistics of the user's office (JSON). */
export const submissionStatsEndpoint: Endpoint = {
  path: '/submission-stats',
  method: 'get',
  handler: async (req) => Response.json(await statsFor(req), { headers: { 'Cache-Control': 'no-store' } }),
}

/** GET /api/submission-stats/xlsx — the same as a workbook (单位排名, 月度趋势). */
export const submissionStatsXlsxEndpoint: Endpoint = {
  path: '/submission-stats/xlsx',
  method: 'get',
  handler: async (req) => {
    const stats = await statsFor(req)
    return download(await statsWorkbook(stats), XLSX, statsTitle(stats), 'xlsx')
  },
}

export const submissionStatsEndpoints = [submissionStatsEndpoint, submissionStatsXlsxEndpoint]
