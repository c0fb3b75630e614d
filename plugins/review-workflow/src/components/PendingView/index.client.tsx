'use client'
import type { ClientTranslationKeys } from '@payloadcms/translations'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { PendingItem } from '../../engine/state'
import type { WorkflowTranslationKey } from '../../translations'
import { errorMessage, formatTime } from '../format'

/** The pending list with bulk approval: each selected item still gets its own signature. */
type Notice = { id: number; title: string; message?: string; link?: string; createdAt: string }

export function PendingViewClient({ items, notices, registerUrl }: { items: PendingItem[]; notices: Notice[]; registerUrl?: string }) {
  const { config } = useConfig()
  const { t: translate, i18n } = useTranslation()
  const t = (key: WorkflowTranslationKey) => translate(key as ClientTranslationKeys)
  const router = useRouter()
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)

  async function bulkApprove() {
    setBusy(true)
    let ok = 0
    for (const item of items.filter((i) => selected.has(String(i.id)))) {
      const response = await fetch(`${config.routes.api}/workflow/${item.docCollection}/${item.docId}/approve`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ expectedStage: item.currentStage }),
      })
      if (response.ok) ok++
      else toast.error(`${item.title}：${await errorMessage(response)}`)
    }
    if (ok) toast.success(`${t('reviewWorkflow:done')}（${ok}）`)
    setSelected(new Set())
    setBusy(false)
    router.refresh()
  }

  async function markRead(id: number) {
    await fetch(`${config.routes.api}/workflow-notifications/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ read: true }),
    })
    router.refresh()
  }

  const toggle = (id: string) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setSelected(next)
  }

  return (
    <div data-testid="pending-view">
      <h1>{t('reviewWorkflow:myPending')}</h1>
      {registerUrl && (
        <p>
          <a href={registerUrl}>导出发布登记簿（Excel）</a>
        </p>
      )}
      {notices.length > 0 && (
        <section aria-label="未读通知" style={{ marginBottom: 24 }}>
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {notices.map((n) => (
              <li key={n.id} style={{ padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                <a href={n.link}>{n.title}</a> <small>{n.message}</small> <small>{formatTime(n.createdAt)}</small>{' '}
                <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => markRead(n.id)}>
                  标记已读
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.length === 0 ? (
        <p>{t('reviewWorkflow:pendingEmpty')}</p>
      ) : (
        <>
          <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ width: 40 }}><span style={{ position: 'absolute', left: -9999 }}>选择</span></th>
                <th scope="col" style={{ textAlign: 'left' }}>{t('reviewWorkflow:title')}</th>
                <th scope="col" style={{ textAlign: 'left' }}>{t('reviewWorkflow:stage')}</th>
                <th scope="col" style={{ textAlign: 'left' }}>{t('reviewWorkflow:submittedAt')}</th>
                <th scope="col" style={{ textAlign: 'left' }}>{t('reviewWorkflow:due')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const overdue = item.stageDueAt && new Date(item.stageDueAt).getTime() < Date.now()
                return (
                  <tr key={item.id}>
                    <td>
                      <input type="checkbox" aria-label={`选择 ${item.title}`} checked={selected.has(String(item.id))} onChange={() => toggle(String(item.id))} />
                    </td>
                    <td>
                      <a href={`${config.routes.admin}/collections/${item.docCollection}/${item.docId}`}>{item.title}</a>
                      {item.emergency?.published ? ' ⚠ 已紧急发布' : ''}
                    </td>
                    <td>{item.stageLabel}</td>
                    <td>{formatTime(item.submittedAt)}</td>
                    <td style={overdue ? { color: 'var(--theme-error-700)', fontWeight: 'bold' } : undefined}>
                      {item.stageDueAt ? formatTime(item.stageDueAt) : '—'}
                      {overdue ? `（${t('reviewWorkflow:overdue')}）` : ''}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <p>
            <Button buttonStyle="primary" disabled={busy || selected.size === 0} onClick={bulkApprove}>
              {t('reviewWorkflow:bulkApprove')}
            </Button>
          </p>
        </>
      )}
    </div>
  )
}
