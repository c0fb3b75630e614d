'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

export type DocumentStatusProps = {
  label: string
  /** Words for Payload's three draft states, in the collection's own terms. */
  words: { draft: string; published: string; changed: string }
  /** A field whose option label says the state better than the draft state (e.g. 报送状态). */
  field?: string
  fieldLabels?: Record<string, string>
}

/**
 * The document header's status in the words of the line the document belongs to (已报送, 已批准立项),
 * not Payload's web-publishing words (已发布), which mean nothing for a submission or a project.
 */
export function DocumentStatus({ label, words, field, fieldLabels }: DocumentStatusProps) {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const fieldValue = useFormFields(([fields]) => (field ? fields[field]?.value : undefined))
  const state = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const text = (typeof fieldValue === 'string' && fieldLabels?.[fieldValue]) || words[state]
  return (
    <div className="status" title={`${label}：${text}`}>
      <div className="status__value-wrap">
        <span className="status__label">{label}：</span>
        <span className="status__value" data-testid="document-status">
          {text}
        </span>
      </div>
    </div>
  )
}
