import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { missingYearsWarning } from '../../calendar/chinaCalendar'

/** Sidebar of an application: the reply letter download and the calendar warning, if any. */
export function ReplyLetterLink({ id, data, payload }: UIFieldServerProps) {
  if (!id) return null
  const api = payload.config.routes.api
  const warning = missingYearsWarning(data?.calendarMissingYears ? String(data.calendarMissingYears).split(',').map(Number) : [])
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      {warning ? (
        <p role="alert" style={{ color: 'var(--theme-error-600)', fontWeight: 600 }}>
          {warning}
        </p>
      ) : null}
      {data?.outcome ? (
        <a className="btn btn--style-secondary btn--size-small" href={`${api}/disclosure-applications/${id}/reply-letter`}>
          下载答复书（.docx）
        </a>
      ) : (
        <p>选择办理结果并保存后，可下载答复书。</p>
      )}
    </div>
  )
}
