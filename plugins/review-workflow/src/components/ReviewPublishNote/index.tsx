import type { PublishButtonServerProps } from 'payload'

import React from 'react'

/**
 * Stands where Payload's "Publish" button would be: in a reviewed collection nothing is
 * published by hand, final approval publishes the approved revision (or does what the
 * collection's `approvalNote` says: 报送, 立项 …).
 */
export function ReviewPublishNote({ i18n, note }: PublishButtonServerProps & { note?: { zh: string; en: string } }) {
  const zh = i18n?.language !== 'en'
  return (
    <span className="rw-publish-note" data-testid="review-publish-note" style={{ alignSelf: 'center', fontSize: 13, color: 'var(--theme-elevation-600)' }}>
      {note ? (zh ? note.zh : note.en) : zh ? '终审通过后自动发布' : 'Published on final approval'}
    </span>
  )
}
