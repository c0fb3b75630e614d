import type { ServerProps } from 'payload'

import React from 'react'

import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from '../../collections/AuditLog'

/**
 * Above the audit log: filters (起止日期, 操作, 结果, 操作人, 操作对象) and an Excel export of
 * what they select. A plain GET form, so it works without client code.
 */
export function AuditExportForm({ payload }: ServerProps) {
  const api = `${payload?.config.serverURL ?? ''}${payload?.config.routes.api ?? '/api'}`
  const field = { display: 'flex', flexDirection: 'column' as const, gap: 4, fontSize: 13 }
  return (
    <form
      action={`${api}/audit-log/export`}
      method="get"
      data-testid="audit-export-form"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '0 0 16px', padding: 12, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}
    >
      <label style={field}>
        开始日期
        <input type="date" name="from" />
      </label>
      <label style={field}>
        结束日期
        <input type="date" name="to" />
      </label>
      <label style={field}>
        操作
        <select name="action" defaultValue="">
          <option value="">全部</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABELS[action]}
            </option>
          ))}
        </select>
      </label>
      <label style={field}>
        结果
        <select name="outcome" defaultValue="">
          <option value="">全部</option>
          <option value="success">成功</option>
          <option value="failure">失败</option>
        </select>
      </label>
      <label style={field}>
        操作人
        <input type="text" name="actor" placeholder="姓名" />
      </label>
      <label style={field}>
        操作对象
        <input type="text" name="subject" placeholder="账号、文件等" />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
        导出 Excel
      </button>
      <p style={{ flexBasis: '100%', margin: 0, fontSize: 12, color: 'var(--theme-elevation-600)' }}>
        导出本身也记入审计日志。审计记录至少保存 6 个月；校验整条审计链：<code>npm run audit:verify</code>。
      </p>
    </form>
  )
}
