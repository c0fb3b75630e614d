/**
 * 伪造发布日期: an article whose displayed date is later than the day it was really published,
 * as the audit chain recorded it — the way a stale column is made to look fresh. An earlier
 * displayed date (a notice dated the day it was signed, published the next morning) is normal.
 */
import type { PayloadRequest } from 'payload'

import { type InspectionItem } from './types'
import { formatChineseDate } from '../disclosure/format'

export async function checkPublishDates(req: PayloadRequest): Promise<InspectionItem[]> {
  const published = await req.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { title: true, publishDate: true },
  })
  const ids = published.docs.map((d) => String(d.id))
  if (ids.length === 0) return []
  const records = await req.payload.find({
    collection: 'audit-log',
    where: { and: [{ action: { equals: 'publish' } }, { docCollection: { equals: 'articles' } }, { docId: { in: ids } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    sort: 'seq',
    select: { docId: true, at: true },
  })
  const firstPublished = new Map<string, string>()
  for (const r of records.docs as { docId?: string; at: string }[]) if (r.docId && !firstPublished.has(r.docId)) firstPublished.set(r.docId, r.at)
  const items: InspectionItem[] = []
  for (const doc of published.docs as { id: number; title: string; publishDate?: string | null }[]) {
    const at = firstPublished.get(String(doc.id))
    if (!doc.publishDate || !at) continue
    if (new Date(doc.publishDate).getTime() > new Date(at).getTime() && formatChineseDate(doc.publishDate) !== formatChineseDate(at)) {
      items.push({
        level: 'veto',
        indicator: '严重错误（伪造发布日期）',
        target: `文章《${doc.title}》`,
        detail: `页面显示发布日期${formatChineseDate(doc.publishDate)}，审计记录的实际发布时间为${formatChineseDate(at)}。`,
        advice: '将发布日期改回实际发布日期，重新审核发布。',
      })
    }
  }
  return items
}
