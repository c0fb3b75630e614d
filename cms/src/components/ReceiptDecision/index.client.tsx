'use client'

import { ConfirmationModal, useModal } from '@payloadcms/ui'
import React, { useState } from 'react'

type Option = { value: string; label: string }
type Props = {
  receiptId: string
  api: string
  issues: { id: number; title: string }[]
  newIssueUrl: string
  mayAdopt: boolean
  mayForward: boolean
  mayReturn: boolean
  modes: Option[]
}

const fieldStyle: React.CSSProperties = { display: 'grid', gap: 4, marginTop: 12, textAlign: 'left' }

/** The buttons of a receipt's open decisions; each asks for what it needs and a confirmation. */
export function ReceiptDecisionActions({ receiptId, api, issues, newIssueUrl, mayAdopt, mayForward, mayReturn, modes }: Props) {
  const { openModal } = useModal()
  const [mode, setMode] = useState(modes[0]?.value ?? '')
  const [issue, setIssue] = useState(issues[0] ? String(issues[0].id) : '')
  const [alsoForward, setAlsoForward] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const slug = (action: string) => `receipt-${action}-${receiptId}`

  async function decide(body: Record<string, unknown>) {
    setError(null)
    try {
      const response = await fetch(`${api}/submission-receipts/${receiptId}/decision`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const result = await response.json().catch(() => ({}))
      if (!response.ok) throw new Error(result?.errors?.[0]?.message ?? '处理未成功，请重试。')
      window.location.reload()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <div>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {mayAdopt ? (
          <button type="button" className="btn btn--style-primary btn--size-medium" onClick={() => openModal(slug('adopt'))}>
            采用
          </button>
        ) : null}
        {mayForward ? (
          <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => openModal(slug('forward'))}>
            转报上一级
          </button>
        ) : null}
        {mayReturn ? (
          <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={() => openModal(slug('return'))}>
            退稿
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-600)', marginTop: 8 }}>
          {error}
        </p>
      ) : null}

      <ConfirmationModal
        modalSlug={slug('adopt')}
        heading="采用这条信息"
        confirmLabel="确认采用"
        confirmingLabel="正在采用…"
        cancelLabel="取消"
        onConfirm={() => decide({ action: 'adopt', adoptionMode: mode, adoptedIn: Number(issue), alsoForward })}
        body={
          issues.length === 0 ? (
            <p>
              本机构没有未签发的刊期。请先<a href={newIssueUrl}>新建一期</a>，再回来采用。
            </p>
          ) : (
            <div>
              <p>采用登记后不能修改，按刊期签发计分。</p>
              <label style={fieldStyle}>
                采用方式
                <select value={mode} onChange={(e) => setMode(e.target.value)} data-testid="receipt-adoption-mode">
                  {modes.map((m) => (
                    <option key={m.value} value={m.value}>
                      {m.label}
                    </option>
                  ))}
                </select>
              </label>
              <label style={fieldStyle}>
                采用刊期（本机构未签发的刊期）
                <select value={issue} onChange={(e) => setIssue(e.target.value)} data-testid="receipt-adoption-issue">
                  {issues.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.title}
                    </option>
                  ))}
                </select>
              </label>
              {mayForward ? (
                <label style={{ ...fieldStyle, display: 'flex', gap: 8, alignItems: 'center' }}>
                  <input type="checkbox" checked={alsoForward} onChange={(e) => setAlsoForward(e.target.checked)} />
                  同时转报上一级
                </label>
              ) : null}
            </div>
          )
        }
      />
      <ConfirmationModal
        modalSlug={slug('forward')}
        heading="转报上一级"
        confirmLabel="确认转报"
        confirmingLabel="正在转报…"
        cancelLabel="取消"
        onConfirm={() => decide({ action: 'forward' })}
        body={<p>信息将送上一级信息工作机构，原报送单位保留；转报后不能撤回。</p>}
      />
      <ConfirmationModal
        modalSlug={slug('return')}
        heading="退稿"
        confirmLabel="确认退稿"
        confirmingLabel="正在退稿…"
        cancelLabel="取消"
        onConfirm={() => decide({ action: 'return', returnReason: reason })}
        body={
          <label style={fieldStyle}>
            退稿理由（报送单位会看到）
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={4} data-testid="receipt-return-reason" />
          </label>
        }
      />
    </div>
  )
}
