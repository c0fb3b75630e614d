/**
 * 网站链接备案表 approved: each link of the filing enters the registry (网站链接备案库) that the
 * content checks consult and the availability check visits. A link registered before is
 * renewed (active again, this filing as its record).
 */
import type { PayloadRequest } from 'payload'

import type { FilingForAction } from '../../../forms/approvalActions'
import type { FormData } from '../../../forms/types'
import { hostOf } from '../../../contentSafety/linkRegistry'

export async function registerApprovedLinks(req: PayloadRequest, filing: FilingForAction): Promise<void> {
  const rows = (filing.data.links as FormData[] | undefined) ?? []
  for (const row of rows) {
    const url = String(row.url ?? '').trim()
    const host = hostOf(url)
    if (!host) continue
    const data = {
      siteName: String(row.siteName ?? host),
      url,
      host,
      position: typeof row.position === 'string' ? row.position : undefined,
      unit: Number(filing.unit),
      filing: Number(filing.id),
      active: true,
    }
    const existing = await req.payload.find({ collection: 'registered-links', where: { url: { equals: url } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (existing.docs[0]) await req.payload.update({ collection: 'registered-links', id: existing.docs[0].id, data, overrideAccess: true, req })
    else await req.payload.create({ collection: 'registered-links', data, overrideAccess: true, req })
  }
}
