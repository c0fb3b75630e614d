/**
 * POST /api/inspection-reports/run — a self-inspection now (webmaster, system administrator).
 * GET /api/inspection-reports/:id/export?format=xlsx|docx — the report as a file.
 */
import type { Endpoint } from 'payload'


import { hasRole } from '../lib/roles'
import { reportDocx, reportXlsx } from './exportReport'
import { runInspection } from './runInspection'
import type { InspectionItem } from './types'
import { userError } from '../lib/userErrors'

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

export const inspectionReportEndpoints: Endpoint[] = [
  {
    path: '/run',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(req.user, 'webmaster', 'sysAdmin')) throw userError('只有网站管理员和系统管理员可以发起自查。', 403)
      const outcome = await runInspection(req, `手动（${(req.user as { name?: string }).name ?? ''}）`)
      return Response.json({ id: outcome.id, vetoes: outcome.vetoes, deductions: outcome.deductions, warnings: outcome.warnings })
    },
  },
  {
    path: '/:id/export',
    method: 'get',
    handler: async (req) => {
      const format = req.searchParams.get('format') ?? 'xlsx'
      if (format !== 'xlsx' && format !== 'docx') throw userError(`不支持的格式“${format}”。`, 400)
      const report = await req.payload
        .findByID({ collection: 'inspection-reports', id: String(req.routeParams?.id), depth: 0, overrideAccess: false, req, user: req.user })
        .catch(() => null)
      if (!report) throw userError('自查报告不存在或您无权查看。', 404)
      const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
      const data = {
        startedAt: report.startedAt,
        vetoes: report.vetoes,
        deductions: report.deductions,
        warnings: report.warnings,
        items: (report.items ?? []) as InspectionItem[],
        siteName: (settings as { siteName?: string }).siteName ?? '',
      }
      const body = format === 'xlsx' ? await reportXlsx(data) : await reportDocx(data)
      const name = encodeURIComponent(`网站自查报告-${report.startedAt.slice(0, 10)}.${format}`)
      return new Response(new Uint8Array(body), {
        headers: { 'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename*=UTF-8''${name}`, 'Cache-Control': 'no-store' },
      })
    },
  },
]
