import type { Payload, PayloadRequest } from 'payload'
import React from 'react'

import { labelOf, SUBMISSION_TYPES, URGENCY_LEVELS } from '../../submissions/constants'
import { submissionText } from '../../submissions/line'

type Props = { data?: { submission?: unknown }; payload: Payload; req: PayloadRequest }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number | undefined))

/**
 * The item itself at the top of a receipt, so the office reads what it decides on: type,
 * category, urgency, writer, the research parts and the body, the attachments. Read with the
 * signed-in user's rights (the office reads what reached it). React escapes every string.
 */
export async function SubmissionPreview({ data, payload, req }: Props) {
  const id = idOf(data?.submission)
  if (!id) return null
  const submission = await payload
    .findByID({ collection: 'submissions', id, depth: 1, overrideAccess: false, user: req.user, req })
    .catch(() => null)
  if (!submission) return <p>无权查看该信息。</p>
  const category = submission.category && typeof submission.category === 'object' ? submission.category.name : ''
  const unit = submission.unit && typeof submission.unit === 'object' ? submission.unit.name : ''
  const files = (submission.attachments ?? []).filter((f): f is Exclude<typeof f, number> => typeof f === 'object' && f !== null)
  return (
    <section aria-labelledby="submission-preview-title" className="submission-preview" style={{ marginBottom: 28, padding: '16px 20px', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h3 id="submission-preview-title" style={{ margin: '0 0 8px' }}>
        {submission.title}
      </h3>
      <p style={{ margin: '0 0 12px', color: 'var(--theme-elevation-650)' }}>
        {[unit, category, labelOf(SUBMISSION_TYPES, submission.type), labelOf(URGENCY_LEVELS, submission.urgency), `执笔人：${submission.writer ?? ''} ${submission.writerPhone ?? ''}`].filter(Boolean).join(' · ')}
      </p>
      <div style={{ lineHeight: 1.9, fontSize: 15 }}>
        {submissionText(submission).map((paragraph, index) => (
          <p key={index} style={{ margin: '0 0 6px', textIndent: /^[一二三四]、/.test(paragraph) ? 0 : '2em', fontWeight: /^[一二三四]、/.test(paragraph) ? 600 : 400 }}>
            {paragraph}
          </p>
        ))}
      </div>
      {files.length > 0 && (
        <ul aria-label="附件" style={{ margin: '12px 0 0', paddingLeft: '1.2em' }}>
          {files.map((file) => (
            <li key={file.id}>
              <a href={file.url ?? '#'}>{file.filename}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
