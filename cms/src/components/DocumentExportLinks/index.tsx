import React from 'react'

import { DocumentExportLinksClient, type ExportLink } from './index.client'

const ISSUE_LINKS: ExportLink[] = [
  { suffix: 'docx', label: '导出 Word（.docx）', download: true },
  { suffix: 'print', label: '打印版式' },
]

const BULLETIN_LINKS: ExportLink[] = [
  { suffix: 'docx', label: '导出 Word（.docx）', download: true },
  { suffix: 'xlsx', label: '导出 Excel', download: true },
]

/** Export links of a journal issue (刊物期次). */
export function IssueExportLinks() {
  return <DocumentExportLinksClient links={ISSUE_LINKS} />
}

/** Export links of a bulletin (通报). */
export function BulletinExportLinks() {
  return <DocumentExportLinksClient links={BULLETIN_LINKS} />
}

const FILING_LINKS: ExportLink[] = [{ suffix: 'docx', label: '导出 Word（.docx）', download: true }]

/** Export link of a form filing (表单填报). */
export function FilingExportLinks() {
  return <DocumentExportLinksClient links={FILING_LINKS} />
}
