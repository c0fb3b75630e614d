import type { Endpoint, PayloadRequest } from 'payload'

import { workflowOptions } from '@gov/review-workflow'

import type { Bulletin } from '../../payload-types'
import { renderBulletinDocx } from '../documents/bulletinDocx'
import { bulletinView } from '../documents/bulletinView'
import { bulletinWorkbook } from '../documents/statsWorkbook'
import { DOCX, XLSX, download } from './download'
import { userError } from '../../lib/userErrors'

/** When the published bulletin's review finished: the date it was issued. */
async function approvedAt(req: PayloadRequest, bulletin: Bulletin): Promise<string | null> {
  if (bulletin._status !== 'published') return null
  const { docs } = await req.payload.find({
    collection: workflowOptions(req.payload).slugs.runs,
    where: { and: [{ docCollection: { equals: 'bulletins' } }, { docId: { equals: String(bulletin.id) } }, { status: { equals: 'approved' } }] },
    sort: '-finishedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return ((docs[0] as { finishedAt?: string | null } | undefined)?.finishedAt ?? null) || null
}

/** The bulletin as the user may read it (the collection's read rule decides: anonymous users get published ones). */
async function loadBulletinView(req: PayloadRequest) {
  const id = String(req.routeParams?.id ?? '')
  const bulletin = await req.payload
    .findByID({ collection: 'bulletins', id, depth: 1, draft: true, overrideAccess: false, user: req.user, req, disableErrors: true })
    .catch(() => null)
  if (!bulletin) throw userError('该通报不存在，或您无权查看。', 404)
  return bulletinView(bulletin, await approvedAt(req, bulletin))
}

/** GET /api/bulletins/:id/docx */
export const bulletinDocxEndpoint: Endpoint = {
  path: '/:id/docx',
  method: 'get',
  handler: async (req) => {
    const view = await loadBulletinView(req)
    return download(await renderBulletinDocx(view), DOCX, view.title, 'docx')
  },
}

/** GET /api/bulletins/:id/xlsx — the ranking table. */
export const bulletinXlsxEndpoint: Endpoint = {
  path: '/:id/xlsx',
  method: 'get',
  handler: async (req) => {
    const view = await loadBulletinView(req)
    return download(await bulletinWorkbook(view), XLSX, view.title, 'xlsx')
  },
}

export const bulletinEndpoints = [bulletinDocxEndpoint, bulletinXlsxEndpoint]
