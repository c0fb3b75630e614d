/**
 * The office's endpoints under /api/messages. Payload routes a path whose first segment is a
 * collection's slug to that collection's endpoints only, so these belong in the `messages`
 * collection's `endpoints` (custom endpoints are matched before the default `/:id`).
 */
import type { Endpoint, PayloadRequest } from 'payload'


import { download, XLSX } from '../../submissions/endpoints/download'
import { messageDeadlines } from './deadlineLists'
import { messageScopeOf, statsScopeOf, type ScopeUser } from './scope'
import { parseStatsPeriod } from './statsQuery'
import { messageStatsReport, messageTypes } from './statsReport'
import { statsTitle, statsWorkbook } from './statsWorkbook'
import { userError } from '../../lib/userErrors'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

const searchParams = (req: PayloadRequest) => new URL(req.url ?? 'http://localhost').searchParams

/** GET /api/messages/deadlines — overdue, due soon and 30/60/80-day lists of the user's scope (a personal-data read). */
export const messageDeadlinesEndpoint: Endpoint = {
  path: '/deadlines',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw userError('请先登录。', 401)
    const scope = messageScopeOf(req.user as ScopeUser)
    if (!scope) throw userError('只有互动交流管理员和承办单位的工作人员可以查看留言办理期限。', 403)
    return Response.json(await messageDeadlines(req, scope), noStore)
  },
}

/**
 * GET /api/messages/stats?from=YYYY-MM&to=YYYY-MM&type=<code>[&format=xlsx] — the portal's
 * figures per unit, type and month; a unit's staff get their own unit's row.
 */
export const messageStatsEndpoint: Endpoint = {
  path: '/stats',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw userError('请先登录。', 401)
    const scope = statsScopeOf(req.user as ScopeUser)
    if (!scope) throw userError('只有互动交流管理员、领导、审核员和承办单位的工作人员可以查看互动交流统计。', 403)
    const params = searchParams(req)
    const format = params.get('format')?.trim() || 'json'
    if (format !== 'json' && format !== 'xlsx') throw userError(`参数 format“${format}”无效，可选：json、xlsx。`, 400)
    const parsed = parseStatsPeriod(params)
    if (!parsed.period) throw userError(parsed.error, 400)
    const types = await messageTypes(req)
    const { typeCode } = parsed.period
    if (typeCode && !types.some((t) => t.code === typeCode)) {
      throw userError(`参数 type（留言类型）“${typeCode}”无效，可选：${types.map((t) => `${t.code}（${t.name}）`).join('、')}。`, 400)
    }
    const report = await messageStatsReport(req, scope, parsed.period, types)
    if (format === 'xlsx') return download(await statsWorkbook(report), XLSX, statsTitle(report), 'xlsx')
    return Response.json(report, noStore)
  },
}

/** For the `messages` collection's `endpoints`. */
export const messagesOfficeEndpoints: Endpoint[] = [messageDeadlinesEndpoint, messageStatsEndpoint]
