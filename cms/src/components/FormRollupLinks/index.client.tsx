'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

/** Last month (YYYY-MM) or this year in China time: the period a roll-up is usually made for. */
function defaultPeriod(period: string): string {
  const china = new Date(Date.now() + 8 * 3_600_000)
  if (period === 'year') return String(china.getUTCFullYear())
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
}

/** The roll-up (.xlsx) of a form for a period, for the collecting office's staff. */
export function FormRollupLinksClient() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const period = useFormFields(([fields]) => fields.period?.value as string | undefined) ?? 'none'
  const [chosen, setChosen] = useState<string | null>(null)
  if (!id) return null
  const value = chosen ?? (period === 'none' ? '' : defaultPeriod(period))
  const href = `${config.serverURL ?? ''}${config.routes.api}/form-definitions/${id}/rollup${value ? `?period=${encodeURIComponent(value)}` : ''}`
  return (
    <div style={{ marginBottom: 20 }} data-testid="form-rollup">
      <p style={{ fontWeight: 600, marginBottom: 6 }}>汇总导出</p>
      {period !== 'none' && (
        <label style={{ display: 'block', marginBottom: 8 }}>
          {period === 'month' ? '汇总月份' : '汇总年度'}{' '}
          <input
            data-testid="form-rollup-period"
            type={period === 'month' ? 'month' : 'number'}
            value={value}
            onChange={(e) => setChosen(e.target.value)}
            style={{ padding: '4px 6px' }}
          />
        </label>
      )}
      <a className="btn btn--style-secondary btn--size-small" href={href} download data-testid="form-rollup-link">
        导出汇总表（Excel）
      </a>
      <p style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>汇总审定后的各单位填报；只有收集汇总单位的工作人员可以导出。</p>
    </div>
  )
}
