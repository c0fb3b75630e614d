'use client'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { BULLETIN_COLUMNS, type BulletinRow } from '../../submissions/bulletinColumns'

/** The bulletin's ranking as a read-only table (instead of Payload's JSON editor, which loads from a CDN). */
export function BulletinTableFieldClient({ path, label }: { path: string; label?: string }) {
  const { value } = useField<BulletinRow[] | null>({ path })
  return (
    <div className="field-type bulletin-table-field" style={{ marginBottom: 24 }}>
      <FieldLabel label={label} path={path} />
      {value?.length ? (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
            <thead>
              <tr>
                {BULLETIN_COLUMNS.map((c) => (
                  <th key={c.key} scope="col" style={cell}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {value.map((row) => (
                <tr key={`${row.rank}-${row.unit}`}>
                  {BULLETIN_COLUMNS.map((c) => (
                    <td key={c.key} style={cell}>
                      {String(row[c.key] ?? '')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>保存后按所选周期的统计数据生成。</p>
      )}
    </div>
  )
}

const cell: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'center' }
