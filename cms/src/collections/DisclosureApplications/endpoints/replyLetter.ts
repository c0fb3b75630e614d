import type { Endpoint } from 'payload'

import { recordAuditEvent } from '@gov/review-workflow'

import { renderReplyLetterDocx, type ReplyLetterData } from '../../../disclosure/applications/replyLetter'
import { disclosureSettings } from '../../../disclosure/settings'
import { userError } from '../../../lib/userErrors'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** GET /api/disclosure-applications/:id/reply-letter — the 答复书 as .docx. */
export const replyLetterEndpoint: Endpoint = {
  path: '/:id/reply-letter',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw userError('请先登录。', 401)
    const id = String(req.routeParams?.id ?? '')
    // The collection's own read rule decides who may print the letter.
    const application = await req.payload
      .findByID({ collection: 'disclosure-applications', id, depth: 0, req, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!application) throw userError('申请不存在，或您无权查看。', 404)
    if (!application.outcome) throw userError('请先选择办理结果，再生成答复书。', 400)
    await recordAuditEvent(req, {
      action: 'personalDataExport',
      docCollection: 'disclosure-applications',
      docId: application.id,
      subject: application.receiptNo ?? String(application.id),
      detail: '导出答复书（.docx）',
    })
    const settings = await disclosureSettings(req)
    const body = await renderReplyLetterDocx({ ...(application as unknown as ReplyLetterData), office: settings.office ?? {} })
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': DOCX,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`答复书-${application.receiptNo}.docx`)}`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
