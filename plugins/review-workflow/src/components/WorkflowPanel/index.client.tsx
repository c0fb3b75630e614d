'use client'
import type { ClientTranslationKeys } from '@payloadcms/translations'

import { Button, toast, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import type { WorkflowTranslationKey } from '../../translations'
import { errorMessage, formatTime } from '../format'
import { type ContentCheckResult, ContentCheckList } from './ContentCheckList'
import './panel.css'

type Signer = { id: number | string; name: string }
type RouteStage = { index: number; label: string; mode: 'one' | 'all' | 'any'; signers: Signer[]; deadlineDays: number | null; checklist: string[]; because: string }
type Signature = { stage: number; signerName: string; actingForName?: string | null; decision: 'approve' | 'reject' | 'return'; opinion?: string | null; signedAt: string }
type Run = {
  id: number
  status: 'in_review' | 'approved' | 'rejected' | 'returned' | 'withdrawn' | 'voided'
  currentStage: number | null
  stageDueAt?: string | null
  stageDueNote?: string | null
  submittedAt: string
  finishedAt?: string | null
  route: RouteStage[]
  signatures: Signature[]
  pendingSigners?: (number | string | { id: number | string })[]
  emergency?: { published?: boolean; reason?: string | null; reviewDueAt?: string | null }
}
type State = { run: Run | null; history: Run[]; allowedActions: string[] }

const STATUS: Record<Run['status'], { zh: string; en: string; tone: string }> = {
  in_review: { zh: '审核中', en: 'In review', tone: 'warning' },
  approved: { zh: '已终审', en: 'Approved', tone: 'success' },
  rejected: { zh: '不同意', en: 'Rejected', tone: 'error' },
  returned: { zh: '已退回修改', en: 'Returned', tone: 'error' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn', tone: 'default' },
  voided: { zh: '已作废（内容已修改）', en: 'Voided (edited)', tone: 'default' },
}
const DECISION = { approve: '同意', reject: '不同意', return: '退回修改' }

/** The workflow panel in the edit view's sidebar: route, signatures, history and the actions the user may take. */
export function WorkflowPanelClient() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { t: translate, i18n } = useTranslation()
  const t = (key: WorkflowTranslationKey, vars?: Record<string, string>) => translate(key as ClientTranslationKeys, vars)
  const modified = useFormModified()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}/workflow/${collectionSlug}/${id}`
  const [state, setState] = useState<State | null>(null)
  const [opinion, setOpinion] = useState('')
  const [reason, setReason] = useState('')
  const [delegateTo, setDelegateTo] = useState('')
  const [checks, setChecks] = useState<Record<string, boolean>>({})
  const [contentCheck, setContentCheck] = useState<ContentCheckResult | null>(null)
  const [checkReason, setCheckReason] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const [response, checked] = await Promise.all([fetch(api, { credentials: 'include' }), fetch(`${api}/check`, { credentials: 'include' })])
    if (response.ok) setState((await response.json()) as State)
    if (checked.ok) setContentCheck((await checked.json()) as ContentCheckResult)
  }, [api, id])

  // Loaded again whenever the form is saved, so the checks describe the saved revision.
  useEffect(() => {
    if (!modified) void load()
  }, [load, modified])

  if (!id) return <div className="rw-panel"><h3>{t('reviewWorkflow:panelTitle')}</h3><p>{t('reviewWorkflow:saveFirst')}</p></div>
  if (!state) return <div className="rw-panel">{t('reviewWorkflow:loading')}</div>

  const run = state.run
  const allowed = new Set(state.allowedActions)
  const stage = run && run.currentStage !== null ? run.route[run.currentStage] : null

  async function act(action: string, body: Record<string, unknown> = {}) {
    setBusy(true)
    try {
      let extra = body
      if (action === 'delegate') {
        const found = await fetch(`${config.serverURL ?? ''}${config.routes.api}/users?where[email][equals]=${encodeURIComponent(delegateTo)}&limit=1&depth=0`, { credentials: 'include' })
        const user = found.ok ? ((await found.json()) as { docs: { id: number }[] }).docs[0] : undefined
        if (!user) throw new Error(`找不到账号 ${delegateTo}（只能委托本单位同事）。`)
        extra = { ...body, to: user.id }
      }
      const response = await fetch(`${api}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ expectedStage: run?.currentStage ?? undefined, ...extra }),
      })
      if (!response.ok) throw new Error(await errorMessage(response))
      toast.success(t('reviewWorkflow:done'))
      setOpinion('')
      setReason('')
      setCheckReason('')
      setChecks({})
      await load()
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
      await load()
    } finally {
      setBusy(false)
    }
  }

  const checkWarnings = contentCheck?.findings.filter((f) => f.severity === 'warn').length ?? 0
  const statusLabel = run ? STATUS[run.status][i18n.language === 'zh' ? 'zh' : 'en'] : t('reviewWorkflow:notSubmitted')
  const overdue = run?.stageDueAt && new Date(run.stageDueAt).getTime() < Date.now()

  return (
    <div className="rw-panel" data-testid="workflow-panel">
      <h3>
        {t('reviewWorkflow:panelTitle')}
        <span className={`rw-status rw-status--${run ? STATUS[run.status].tone : 'default'}`} data-testid="workflow-status">{statusLabel}</span>
      </h3>

      {run?.emergency?.published && run.status === 'in_review' && (
        <p className="rw-alert">{t('reviewWorkflow:emergencyNotice', { due: formatTime(run.emergency.reviewDueAt) })}</p>
      )}

      {run && (
        <ol className="rw-route" data-testid="workflow-route">
          {run.route.map((s) => {
            const signed = run.signatures.filter((sig) => sig.stage === s.index)
            const current = run.status === 'in_review' && run.currentStage === s.index
            return (
              <li key={s.index} className={current ? 'rw-stage rw-stage--current' : 'rw-stage'}>
                <strong>{s.label}</strong>
                <span className="rw-signers">{s.signers.map((x) => x.name).join('、')}{s.mode === 'all' ? '（会签）' : ''}</span>
                {s.because && <small className="rw-because">{t('reviewWorkflow:because')}：{s.because}</small>}
                {signed.map((sig, i) => (
                  <div key={i} className={`rw-signature rw-signature--${sig.decision}`}>
                    {DECISION[sig.decision]} · {t('reviewWorkflow:signedBy', { name: sig.signerName, time: formatTime(sig.signedAt) })}
                    {sig.actingForName && t('reviewWorkflow:actingFor', { name: sig.actingForName })}
                    {sig.opinion && <blockquote>{sig.opinion}</blockquote>}
                  </div>
                ))}
                {current && run.stageDueAt && (
                  <small className={overdue ? 'rw-due rw-due--overdue' : 'rw-due'}>
                    {t('reviewWorkflow:due')}：{formatTime(run.stageDueAt)}
                    {overdue ? `（${t('reviewWorkflow:overdue')}）` : ''}
                    {run.stageDueNote ? <span role="note" className="rw-due-note">{run.stageDueNote}</span> : null}
                  </small>
                )}
              </li>
            )
          })}
        </ol>
      )}

      {modified && run?.status === 'in_review' && <p className="rw-alert">{t('reviewWorkflow:unsavedChanges')}</p>}

      {contentCheck && (allowed.has('submit') || allowed.has('approve') || allowed.has('emergency') || run?.status === 'in_review') && (
        <ContentCheckList
          check={contentCheck}
          labels={{
            title: t('reviewWorkflow:contentCheck'),
            clean: t('reviewWorkflow:contentCheckClean'),
            blocks: t('reviewWorkflow:contentCheckBlocks'),
            warnings: t('reviewWorkflow:contentCheckWarnings'),
          }}
        />
      )}

      {allowed.has('submit') && (
        <Button buttonStyle="primary" size="small" disabled={busy || modified} onClick={() => act('submit')}>
          {t('reviewWorkflow:submit')}
        </Button>
      )}
      {allowed.has('submit') && modified && <p className="rw-hint">{t('reviewWorkflow:saveFirst')}</p>}

      {allowed.has('approve') && stage && (
        <div className="rw-sign" data-testid="workflow-sign">
          {stage.checklist.length > 0 && (
            <fieldset>
              <legend>{t('reviewWorkflow:checklist')}</legend>
              {stage.checklist.map((item) => (
                <label key={item}>
                  <input type="checkbox" checked={Boolean(checks[item])} onChange={(e) => setChecks({ ...checks, [item]: e.target.checked })} /> {item}
                </label>
              ))}
            </fieldset>
          )}
          <label htmlFor="rw-opinion">{t('reviewWorkflow:opinion')}</label>
          <textarea id="rw-opinion" value={opinion} placeholder={t('reviewWorkflow:opinionHint')} onChange={(e) => setOpinion(e.target.value)} rows={3} />
          {checkWarnings > 0 && (
            <>
              <label htmlFor="rw-check-reason">{t('reviewWorkflow:checkReason')}</label>
              <textarea id="rw-check-reason" value={checkReason} placeholder={t('reviewWorkflow:checkReasonHint')} onChange={(e) => setCheckReason(e.target.value)} rows={2} />
            </>
          )}
          <div className="rw-buttons">
            <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => act('approve', { opinion, checklist: checks, checkReason })}>{t('reviewWorkflow:approve')}</Button>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => act('reject', { opinion, checklist: checks })}>{t('reviewWorkflow:reject')}</Button>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => act('return', { opinion })}>{t('reviewWorkflow:return')}</Button>
          </div>
        </div>
      )}

      {allowed.has('delegate') && (
        <div className="rw-delegate">
          <label htmlFor="rw-delegate">{t('reviewWorkflow:delegateTo')}</label>
          <input id="rw-delegate" type="email" value={delegateTo} onChange={(e) => setDelegateTo(e.target.value)} />
          <Button buttonStyle="secondary" size="small" disabled={busy || !delegateTo} onClick={() => act('delegate', { reason: opinion || undefined })}>{t('reviewWorkflow:delegate')}</Button>
        </div>
      )}

      {allowed.has('withdraw') && (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => act('withdraw')}>{t('reviewWorkflow:withdraw')}</Button>
      )}

      {allowed.has('emergency') && (
        <details className="rw-emergency">
          <summary>{t('reviewWorkflow:emergency')}</summary>
          <label htmlFor="rw-reason">{t('reviewWorkflow:emergencyReason')}</label>
          <textarea id="rw-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          <Button buttonStyle="error" size="small" disabled={busy || !reason.trim()} onClick={() => act('emergency', { reason })}>{t('reviewWorkflow:emergency')}</Button>
        </details>
      )}

      <p className="rw-links">
        <a href={`${config.routes.admin}/collections/${collectionSlug}/${id}/versions`}>{t('reviewWorkflow:versions')}</a>
        {run && <a href={`${config.routes.api}/workflow/${collectionSlug}/${id}/form`} target="_blank" rel="noopener">{t('reviewWorkflow:printForm')}</a>}
      </p>

      {state.history.length > 1 && (
        <details className="rw-history">
          <summary>{t('reviewWorkflow:history')}（{state.history.length}）</summary>
          <ul>
            {state.history.map((h) => (
              <li key={h.id}>{formatTime(h.submittedAt)} · {STATUS[h.status][i18n.language === 'zh' ? 'zh' : 'en']}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
