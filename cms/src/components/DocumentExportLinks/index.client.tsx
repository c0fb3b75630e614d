'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

export type ExportLink = { suffix: string; label: string; download?: boolean }

/** Links to a saved document's exports (.docx, print view, Excel); nothing before the first save. */
export function DocumentExportLinksClient({ links }: { links: ExportLink[] }) {
  const { id, collectionSlug } = useDocumentInfo()
  if (!id) return <p style={{ marginBottom: 16 }}>保存后可导出。</p>
  return (
    <nav aria-label="导出" data-testid="document-exports" style={{ display: 'flex', gap: 12, flexWrap: 'wrap', marginBottom: 20 }}>
      {links.map((link) => (
        <a
          key={link.suffix}
          className="btn btn--style-secondary btn--size-small"
          href={`/api/${collectionSlug}/${id}/${link.suffix}`}
          {...(link.download ? { download: true } : { target: '_blank', rel: 'noopener' })}
        >
          {link.label}
        </a>
      ))}
    </nav>
  )
}
