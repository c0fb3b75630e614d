'use client'

import { Button, FieldLabel, useConfig, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { checkComplete, mustFill, optionsOf } from '../../forms/checkFiling'
import type { FieldSpec, FormData, FormDefinition } from '../../forms/types'

type Loaded = { state: 'none' } | { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; form: FormDefinition }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Tables with more columns than this are edited row by row (a block per row), not as a grid. */
const GRID_MAX_COLUMNS = 6

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 12 }
const input: React.CSSProperties = { width: '100%', padding: '6px 8px', border: '1px solid var(--theme-elevation-250)', borderRadius: 3, background: 'var(--theme-input-bg)', color: 'var(--theme-text)' }

function Input({ spec, id, value, onChange }: { spec: FieldSpec; id: string; value: unknown; onChange: (v: unknown) => void }) {
  const text = value === null || value === undefined ? '' : String(value)
  switch (spec.type) {
    case 'textarea':
      return <textarea id={id} rows={3} style={input} value={text} onChange={(e) => onChange(e.target.value)} />
    case 'date':
      return <input id={id} type="date" style={input} value={text} onChange={(e) => onChange(e.target.value)} />
    case 'datetime':
      return <input id={id} type="datetime-local" style={input} value={text} onChange={(e) => onChange(e.target.value)} />
    case 'select':
      return (
        <select id={id} style={input} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">（请选择）</option>
          {optionsOf(spec).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )
    case 'checkbox':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
    case 'number':
    case 'integer':
    case 'money':
      // Kept as typed: a wrong entry is shown back with the server's message, not lost.
      return <input id={id} type="text" inputMode="decimal" style={input} value={text} onChange={(e) => onChange(e.target.value)} />
    default:
      return <input id={id} type="text" style={input} value={text} onChange={(e) => onChange(e.target.value)} />
  }
}

/** 16. 数据库类型 *, the star only while the item must be filled in (a note may let it stay blank). */
const labelText = (spec: FieldSpec, required = Boolean(spec.required)) => `${spec.column ? `${spec.column}. ` : ''}${spec.label}${required ? ' *' : ''}`

function Item({ spec, id, value, onChange, required }: { spec: FieldSpec; id: string; value: unknown; onChange: (v: unknown) => void; required?: boolean }) {
  return (
    <div style={{ marginBottom: 10 }} data-item={spec.key}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        {labelText(spec, required)}
      </label>
      <Input spec={spec} id={id} value={value} onChange={onChange} />
      {spec.help && <div style={{ fontSize: 12, color: 'var(--theme-elevation-600)', marginTop: 2 }}>{spec.help}</div>}
    </div>
  )
}

function TableItem({ spec, rows, top, onChange }: { spec: FieldSpec; rows: FormData[]; top: FormData; onChange: (rows: FormData[]) => void }) {
  const columns = spec.columns ?? []
  const setCell = (i: number, key: string, v: unknown) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: v } : r)))
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i))
  const add = () => onChange([...rows, {}])
  const grid = columns.length <= GRID_MAX_COLUMNS
  return (
    <fieldset style={box} data-table={spec.key}>
      <legend style={{ fontWeight: 600, padding: '0 4px' }}>{labelText(spec, mustFill(spec, top, top))}</legend>
      {spec.help && <div style={{ fontSize: 12, marginBottom: 8, color: 'var(--theme-elevation-600)' }}>{spec.help}</div>}
      {grid ? (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={{ width: 40 }}>
                行
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" style={{ textAlign: 'left', padding: 4 }}>
                  {labelText(c)}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-row={i}>
                <td>{i + 1}</td>
                {columns.map((c) => (
                  <td key={c.key} style={{ padding: 4 }}>
                    <Input spec={c} id={`fd-${spec.key}-${i}-${c.key}`} value={row[c.key]} onChange={(v) => setCell(i, c.key, v)} />
                  </td>
                ))}
                <td>
                  <Button buttonStyle="secondary" size="small" margin={false} onClick={() => remove(i)} aria-label={`删除第${i + 1}行`}>
                    删除
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        rows.map((row, i) => (
          <div key={i} data-row={i} style={box}>
            <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 8 }}>
              <strong>第{i + 1}行</strong>
              <Button buttonStyle="secondary" size="small" margin={false} onClick={() => remove(i)} aria-label={`删除第${i + 1}行`}>
                删除
              </Button>
            </div>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '0 16px' }}>
              {columns.map((c) => (
                <Item key={c.key} spec={c} id={`fd-${spec.key}-${i}-${c.key}`} value={row[c.key]} onChange={(v) => setCell(i, c.key, v)} required={mustFill(c, row, top)} />
              ))}
            </div>
          </div>
        ))
      )}
      <Button buttonStyle="secondary" size="small" margin={false} onClick={add} id={`fd-add-${spec.key}`}>
        添加一行
      </Button>
    </fieldset>
  )
}

/**
 * The answers of a filing, edited as the chosen form asks: one input per item, tables with
 * rows to add and remove, and the checks made before submission shown while typing (missing
 * items, totals that do not equal their items). Replaces Payload's JSON editor, which loads
 * its code editor from a public CDN an intranet admin cannot reach.
 */
export function FormDataFieldClient({ path, label }: { path: string; label?: string }) {
  const { value, setValue, showError, errorMessage } = useField<FormData | null>({ path })
  const formId = useFormFields(([fields]) => idOf(fields.form?.value))
  const { config } = useConfig()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'none' })

  useEffect(() => {
    if (formId === undefined || formId === null || formId === '') {
      setLoaded({ state: 'none' })
      return
    }
    let cancelled = false
    setLoaded({ state: 'loading' })
    fetch(`${config.serverURL ?? ''}${config.routes.api}/form-definitions/${formId}?depth=0`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`表单读取失败（${response.status}）`)
        return (await response.json()) as FormDefinition
      })
      .then((form) => !cancelled && setLoaded({ state: 'ready', form }))
      .catch((error: Error) => !cancelled && setLoaded({ state: 'error', message: error.message }))
    return () => {
      cancelled = true
    }
  }, [formId, config.serverURL, config.routes.api])

  const data: FormData = useMemo(() => (value && typeof value === 'object' && !Array.isArray(value) ? value : {}), [value])
  const problems = useMemo(() => (loaded.state === 'ready' ? checkComplete(loaded.form, data) : []), [loaded, data])
  const set = (key: string, v: unknown) => setValue({ ...data, [key]: v })

  return (
    <div className="field-type form-data-field" style={{ marginBottom: 24 }} data-testid="form-data">
      <FieldLabel label={label} path={path} />
      {showError && errorMessage && (
        <div role="alert" data-testid="form-data-error" style={{ color: 'var(--theme-error-500)', margin: '6px 0 12px' }}>
          {errorMessage}
        </div>
      )}
      {loaded.state === 'none' && <p>请先在上方选择要填报的表单。</p>}
      {loaded.state === 'loading' && <p>正在读取表单……</p>}
      {loaded.state === 'error' && <p role="alert">{loaded.message}</p>}
      {loaded.state === 'ready' && (
        <>
          {loaded.form.basis && <p style={{ color: 'var(--theme-elevation-600)' }}>依据：{loaded.form.basis}</p>}
          {loaded.form.instructions && (
            <details style={{ marginBottom: 12 }}>
              <summary>填报说明</summary>
              <div style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>{loaded.form.instructions}</div>
            </details>
          )}
          {loaded.form.fields.map((spec) =>
            spec.type === 'table' ? (
              <TableItem key={spec.key} spec={spec} rows={Array.isArray(data[spec.key]) ? (data[spec.key] as FormData[]) : []} top={data} onChange={(rows) => set(spec.key, rows)} />
            ) : (
              <Item key={spec.key} spec={spec} id={`fd-${spec.key}`} value={data[spec.key]} onChange={(v) => set(spec.key, v)} required={mustFill(spec, data, data)} />
            ),
          )}
          <div data-testid="form-data-check" style={{ ...box, background: problems.length ? 'var(--theme-warning-50)' : 'var(--theme-success-50)' }}>
            {problems.length === 0 ? (
              <p style={{ margin: 0 }}>填写完整，数据核对一致，保存后可以提交审核。</p>
            ) : (
              <>
                <p style={{ margin: '0 0 4px', fontWeight: 600 }}>提交审核前还需处理（可先保存草稿）：</p>
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {problems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </>
      )}
    </div>
  )
}
