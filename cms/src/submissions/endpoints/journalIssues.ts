import type { Endpoint, PayloadRequest } from 'payload'


import { renderJournalIssueDocx } from '../documents/journalIssueDocx'
import { renderJournalIssueHtml } from '../documents/journalIssueHtml'
import { journalIssueView } from '../documents/journalIssueView'
import { DOCX, download, htmlPage } from './download'
import { userError } from '../../lib/userErrors'

/**
 * The issue as the user may read it (the collection's read rule decides; anonymous: signed
 * public issues only): once signed, the signed revision — what was printed — else the working draft.
 */
async function loadIssueView(req: PayloadRequest) {
  const id = String(req.routeParams?.id ?? '')
  const read = (draft: boolean) =>
    req.payload.findByID({ collection: 'journal-issues', id, depth: 2, draft, overrideAccess: false, user: req.user, req, disableErrors: true }).catch(() => null)
  const published = await read(false)
  const issue = published?.signedAt ? published : await read(true)
  if (!issue) throw userError('该期刊物不存在，或您无权查看。', 404)
  return journalIssueView(issue)
}

/** GET /api/journal-issues/:id/docx */
export const journalIssueDocxEndpoint: Endpoint = {
  path: '/:id/docx',
  method: 'get',
  handler: async (req) => {
    const view = await loadIssueView(req)
    return download(await renderJournalIssueDocx(view), DOCX, view.title, 'docx')
  },
}

/** GET /api/journal-issues/:id/print — printable HTML. */
export const journalIssuePrintEndpoint: Endpoint = {
  path: '/:id/print',
  method: 'get',
  handler: async (req) => htmlPage(renderJournalIssueHtml(await loadIssueView(req))),
}

export const journalIssueEndpoints = [journalIssueDocxEndpoint, journalIssuePrintEndpoint]
