'use client'
import type { JSONFieldClientComponent } from 'payload'

import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { type JsonTable, jsonShape, jsonViewText, type JsonViewText, type Scalar, scalarText, tableShape } from './shape'

/**
 * A JSON field shown read-only: a small table for a flat object or a list of flat objects,
 * otherwise the value as indented text. Used instead of Payload's JSON editor, which loads its
 * code editor (Monaco) from a public CDN that an intranet admin cannot reach.
 *
 * In a field's config: `admin: { components: { Field: '@gov/review-workflow/client#JsonView' } }`;
 * with `clientProps: { table }` (a {@link JsonTable}) a list of records is shown under Chinese
 * column headers with coded values by their labels.
 */
export const JsonView: React.FC<React.ComponentProps<JSONFieldClientComponent> & { table?: JsonTable }> = ({ field, path: pathFromProps, table: tableSpec }) => {
  const { value, path } = useField<unknown>({ potentiallyStalePath: pathFromProps })
  const { i18n } = useTranslation()
  const text = jsonViewText(i18n.language)
  const label = labelText(field.label, field.name, i18n.language)
  const shape = tableSpec ? tableShape(value, tableSpec, i18n.language) : jsonShape(value)
  const id = `field-${path.replace(/\./g, '__')}`

  let body: React.ReactNode
  if (shape.kind === 'empty') body = <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{text.empty}</p>
  else if (shape.kind === 'scalar') body = <p style={{ margin: 0 }}>{scalarText(shape.value, text)}</p>
  else if (shape.kind === 'text') {
    body = (
      // Scrollable, so it must be reachable by keyboard; React escapes the text.
      <pre tabIndex={0} aria-label={label} style={pre}>
        {shape.text}
      </pre>
    )
  } else {
    body = (
      <div tabIndex={0} role="region" aria-label={label} style={scroller}>
        <table style={table}>
          {shape.kind === 'record' ? (
            <>
              <thead>
                <tr>
                  <th scope="col" style={headCell}>
                    {text.key}
                  </th>
                  <th scope="col" style={headCell}>
                    {text.value}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shape.entries.map(([key, v]) => (
                  <tr key={key}>
                    <th scope="row" style={rowHead}>
                      {key}
                    </th>
                    <Cell value={v} text={text} />
                  </tr>
                ))}
              </tbody>
            </>
          ) : (
            <>
              <thead>
                <tr>
                  {shape.columns.map((c) => (
                    <th key={c} scope="col" style={headCell}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shape.rows.map((row, i) => (
                  <tr key={i}>
                    {shape.columns.map((c) => (
                      <Cell key={c} value={row[c]} text={text} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      </div>
    )
  }

  return (
    <div className="field-type json-view read-only" id={id} data-testid="json-view" data-field={path} style={{ marginBottom: 24 }}>
      <FieldLabel label={label} path={path} />
      {body}
      {field.admin?.description && <FieldDescription description={field.admin.description} path={path} />}
    </div>
  )
}

function Cell({ value, text }: { value: Scalar | undefined; text: JsonViewText }) {
  return <td style={cell}>{scalarText(value, text)}</td>
}

function labelText(label: unknown, name: string, language: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[language] ?? byLanguage.zh ?? Object.values(byLanguage)[0] ?? name
  }
  return name
}

const border = '1px solid var(--theme-elevation-150)'
const scroller: React.CSSProperties = { overflow: 'auto', maxHeight: 480 }
const table: React.CSSProperties = { borderCollapse: 'collapse', fontSize: 13 }
const cell: React.CSSProperties = { border, padding: '4px 8px', textAlign: 'left', verticalAlign: 'top', wordBreak: 'break-word' }
const headCell: React.CSSProperties = { ...cell, background: 'var(--theme-elevation-50)', fontWeight: 700 }
const rowHead: React.CSSProperties = { ...cell, fontWeight: 'normal' }
const pre: React.CSSProperties = {
  margin: 0,
  padding: '8px 12px',
  maxHeight: 480,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  fontSize: 13,
  lineHeight: 1.5,
  fontFamily: 'var(--font-mono, monospace)',
  background: 'var(--theme-elevation-50)',
  border,
  borderRadius: 4,
}
