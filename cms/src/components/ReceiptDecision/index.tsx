import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { unitOf } from '../../access/unitOf'
import { formatChineseDate } from '../../disclosure/format'
import { hasRole } from '../../lib/roles'
import { ADOPTION_MODES, labelOf, RECEIPT_STATUSES } from '../../submissions/constants'
import { idOf } from '../../submissions/line'
import { loadUnitTree, upperOfficeOf } from '../../submissions/offices'
import { ReceiptDecisionActions } from './index.client'

const nameOf = (value: unknown, key = 'name') => (value && typeof value === 'object' ? String((value as Record<string, unknown>)[key] ?? '') : '')

/**
 * 处理 on a receipt: what was decided (read only, it is a fact the scores come from) and, for the
 * receiving office's 信息编辑, the decisions still open as buttons — 采用 into one of the office's
 * unsigned issues, 转报 to the next level, 退稿 with a reason — each confirmed before it is done.
 */
export async function ReceiptDecision({ id, req, payload }: UIFieldServerProps) {
  if (!id) return null
  const receipt = await payload.findByID({ collection: 'submission-receipts', id, depth: 1, req, overrideAccess: false, user: req.user, disableErrors: true })
  if (!receipt) return null
  const office = idOf(receipt.office)
  const status = receipt.status ?? 'pending'
  const adopted = idOf(receipt.adoptedIn) !== null
  const mayDecide = hasRole(req.user, 'infoEditor') && office !== null && String(unitOf(req.user)) === String(office) && status !== 'returned'
  const upperOffice = office === null ? null : upperOfficeOf(await loadUnitTree(req), office)
  const issues = mayDecide && !adopted
    ? (
        await payload.find({
          collection: 'journal-issues',
          where: { and: [{ office: { equals: office } }, { signedAt: { exists: false } }] },
          draft: true,
          depth: 0,
          limit: 50,
          sort: '-issueDate',
          req,
          overrideAccess: false,
          user: req.user,
          select: { title: true },
        })
      ).docs.map((issue) => ({ id: Number(issue.id), title: String(issue.title ?? `刊期 ${issue.id}`) }))
    : []

  const facts: [string, string][] = []
  if (adopted) facts.push(['采用', `${labelOf(ADOPTION_MODES, receipt.adoptionMode)}，${nameOf(receipt.adoptedIn, 'title')}`])
  if (receipt.forward) facts.push(['转报', receipt.forwardedTo ? '已送上一级信息工作机构' : '已转报'])
  if (status === 'returned') facts.push(['退稿理由', receipt.returnReason ?? ''])
  if (receipt.handledAt) facts.push(['处理', `${nameOf(receipt.handledBy) || nameOf(receipt.handledBy, 'email')} ${formatChineseDate(receipt.handledAt)}`])

  return (
    <section aria-labelledby="receipt-decision-title" data-testid="receipt-decision" style={{ marginBottom: 28 }}>
      <h3 id="receipt-decision-title" style={{ margin: '0 0 8px' }}>
        处理：<span data-testid="receipt-status">{labelOf(RECEIPT_STATUSES, status)}</span>
      </h3>
      {facts.length > 0 ? (
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '0 0 12px' }}>
          {facts.map(([term, value]) => (
            <React.Fragment key={term}>
              <dt style={{ color: 'var(--theme-elevation-650)' }}>{term}</dt>
              <dd style={{ margin: 0 }}>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
      ) : null}
      {mayDecide ? (
        <ReceiptDecisionActions
          receiptId={String(id)}
          api={payload.config.routes.api}
          issues={issues}
          newIssueUrl={`${payload.config.routes.admin}/collections/journal-issues/create`}
          mayAdopt={!adopted}
          mayForward={!receipt.forward && upperOffice !== null}
          mayReturn={status === 'pending'}
          modes={ADOPTION_MODES.map((m) => ({ value: m.value, label: m.label.zh }))}
        />
      ) : status === 'pending' ? (
        <p>待接收机构的信息编辑处理。</p>
      ) : null}
    </section>
  )
}
