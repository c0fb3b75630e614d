'use client'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_ROWS, type Table3 } from '../../disclosure/annualReport/table3'

/**
 * Table 三 of the annual report as the national format prints it, read-only. Shown instead of
 * Payload's JSON editor, which loads its code editor from a public CDN that an intranet admin
 * cannot reach (and would show the officer raw JSON).
 */
export function Table3FieldClient({ path, label, description }: { path: string; label?: string; description?: string }) {
  const { value } = useField<Table3 | null>({ path })
  return (
    <div className="field-type table3-field" style={{ marginBottom: 24 }}>
      <FieldLabel label={label} path={path} />
      {description && <FieldDescription description={description} path={path} />}
      {value ? (
        <div style={{ overflowX: 'auto' }}>
          <table className="table3" style={{ borderCollapse: 'collapse', fontSize: 13 }}>
            <thead>
              <tr>
                <th scope="col" style={cell}>项目</th>
                {TABLE3_COLUMNS.map((c) => (
                  <th key={c} scope="col" style={cell}>
                    {COLUMN_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {TABLE3_ROWS.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>
                    {row.label}
                  </th>
                  {TABLE3_COLUMNS.map((c) => (
                    <td key={c} style={cell}>
                      {value[row.key]?.[c] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>尚未计算。保存草稿后点击“重新计算”，按系统中的依申请公开数据生成表三。</p>
      )}
    </div>
  )
}

const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'center' }
