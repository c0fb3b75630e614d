import type { Endpoint } from 'payload'

import { userHasRole } from '../access/hasRoleIn'
import { auditExportWhere, type AuditFilter } from '../audit/exportQuery'
import { AUDIT_ACTION_LABELS } from '../collections/AuditLog'
import { auditWorkbook } from '../audit/exportWorkbook'
import { recordAuditEvent } from '../engine/audit'
import { userError } from '../errors'
import type { SanitizedOptions } from '../options'

const FILTER_LABELS: Record<string, string> = { from: '开始日期', to: '结束日期', action: '操作', outcome: '结果', actor: '操作人', subject: '操作对象' }
const OUTCOME_LABELS: Record<string, string> = { success: '成功', failure: '失败' }

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** An export this large is a job for the archive command, not a download. */
const MAX_ROWS = 100_000

/**
 * GET /api/audit-log/export?from=2026-05-01&to=2026-05-31&action=&outcome=&actor=&subject=
 * — the audit administrator's filtered export as .xlsx; the export itself is recorded.
 */
export function auditExportEndpoint(options: SanitizedOptions): Endpoint {
  return {
    path: '/export',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw userError('请先登录。', 401)
      if (!userHasRole(req, options.userRolesField, options.auditReaderRoles)) throw userError('只有审计管理员可以导出审计记录。', 403)
      const params = new URL(req.url ?? 'http://local/').searchParams
      const filter: AuditFilter = Object.fromEntries(
        ['from', 'to', 'action', 'outcome', 'actor', 'subject'].map((k) => [k, params.get(k)?.trim() || undefined]),
      )
      const where = auditExportWhere(filter)
      if (typeof where === 'string') throw userError(where, 400)
      const { totalDocs } = await req.payload.count({ collection: options.slugs.audit, where, req, overrideAccess: false })
      if (totalDocs > MAX_ROWS) throw userError(`符合条件的记录有 ${totalDocs} 条，超过一次导出的上限 ${MAX_ROWS} 条：请缩小日期范围。`, 400)
      const found = await req.payload.find({ collection: options.slugs.audit, where, sort: 'seq', pagination: false, depth: 0, req, overrideAccess: false })
      const described = Object.entries(filter)
        .filter(([, v]) => v)
        .map(([k, v]) => `${FILTER_LABELS[k] ?? k}=${k === 'action' ? (AUDIT_ACTION_LABELS[v as keyof typeof AUDIT_ACTION_LABELS] ?? v) : k === 'outcome' ? (OUTCOME_LABELS[v!] ?? v) : v}`)
        .join('，')
      await recordAuditEvent(req, { action: 'auditExport', subject: `${found.docs.length} 条记录`, detail: described ? `筛选条件：${described}` : '全部记录' })
      const body = await auditWorkbook(found.docs as unknown as Record<string, unknown>[], { roles: options.roleLabels, collections: options.collectionLabels })
      const name = `审计记录-${filter.from ?? '起'}-${filter.to ?? '今'}.xlsx`
      return new Response(new Uint8Array(body), {
        headers: {
          'Content-Type': XLSX,
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          'Cache-Control': 'no-store',
        },
      })
    },
  }
}
