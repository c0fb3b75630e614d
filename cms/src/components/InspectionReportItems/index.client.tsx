'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

type Item = { level: 'veto' | 'deduct' | 'warn'; indicator: string; target: string; detail: string; advice: string }

const LEVELS = {
  veto: { label: '单项否决', color: '#b00020', background: '#fdecee' },
  deduct: { label: '扣分', color: '#7a4a00', background: '#fff4e0' },
  warn: { label: '预警', color: '#4a4a4a', background: '#f3f3f3' },
} as const

/** The findings, vetoes first in red, then deductions and early warnings, each with what to do. */
export function InspectionReportItemsClient() {
  const items = (useFormFields(([fields]) => fields.items?.value) ?? []) as Item[]
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  return (
    <section data-testid="inspection-items" style={{ margin: '16px 0' }}>
      <h3 style={{ margin: '0 0 8px' }}>自查结果</h3>
      {id && (
        <p style={{ display: 'flex', gap: 16 }}>
          <a href={`${config.routes.api}/inspection-reports/${id}/export?format=xlsx`}>导出 Excel</a>
          <a href={`${config.routes.api}/inspection-reports/${id}/export?format=docx`}>导出 Word</a>
        </p>
      )}
      {items.length === 0 ? (
        <p>未发现问题。</p>
      ) : (
        <ol style={{ paddingLeft: 20 }}>
          {items.map((item, i) => {
            const level = LEVELS[item.level]
            return (
              <li key={i} data-level={item.level} style={{ margin: '0 0 8px', padding: '6px 8px', background: level.background, borderLeft: `4px solid ${level.color}` }}>
                <strong style={{ color: level.color }}>【{level.label}】{item.indicator}</strong>　{item.target}
                <div>{item.detail}</div>
                <div style={{ color: '#333' }}>整改建议：{item.advice}</div>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
