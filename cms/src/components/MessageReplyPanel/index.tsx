import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { unitOf } from '../../access/unitOf'
import { missingYearsWarning } from '../../calendar/chinaCalendar'
import { hasRole } from '../../lib/roles'
import { DraftReplyButton } from './index.client'

const STATUS = { draft: '草稿', published: '已审核通过' } as const

/**
 * Sidebar of a message: its replies (with their review state in the reply's own page), and for
 * the handling unit's authors a button that starts the reply — the way from a message to the
 * review of its answer.
 */
export async function MessageReplyPanel({ id, data, req, payload }: UIFieldServerProps) {
  if (!id) return null
  const replies = await payload.find({
    collection: 'message-replies',
    where: { message: { equals: id } },
    draft: true,
    depth: 0,
    overrideAccess: false,
    req,
    select: { publicTitle: true, _status: true, unit: true },
  })
  const admin = payload.config.routes.admin
  const ownUnit = unitOf(req.user as { unit?: number } | null)
  const mayDraft =
    data?.status === 'assigned' &&
    hasRole(req.user, 'officer', 'webmaster') &&
    ownUnit !== undefined &&
    String(ownUnit) === String(unitOf(data as { unit?: number })) &&
    !replies.docs.some((r) => String(unitOf(r as { unit?: number })) === String(ownUnit))
  const warning = missingYearsWarning(data?.calendarMissingYears ? String(data.calendarMissingYears).split(',').map(Number) : [])
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 .5rem' }}>答复</h4>
      {warning ? (
        <p role="alert" style={{ color: 'var(--theme-error-600)', fontWeight: 600 }}>
          {warning}
        </p>
      ) : null}
      {replies.docs.length > 0 ? (
        <ul style={{ paddingLeft: '1.2rem' }}>
          {replies.docs.map((r) => (
            <li key={r.id}>
              <a href={`${admin}/collections/message-replies/${r.id}`}>{r.publicTitle || `答复 ${r.id}`}</a>（{STATUS[(r._status ?? 'draft') as keyof typeof STATUS]}）
            </li>
          ))}
        </ul>
      ) : (
        <p>{data?.status === 'assigned' ? '承办单位尚未起草答复。' : data?.status === 'received' ? '待受理：选择“办理中”和承办单位即转办。' : '无'}</p>
      )}
      {mayDraft ? <DraftReplyButton messageId={String(id)} api={payload.config.routes.api} admin={admin} /> : null}
    </div>
  )
}
