import type { CollectionBeforeChangeHook } from 'payload'

import { nextIndexNo } from '../indexNo'
import { disclosureSettings } from '../settings'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number | undefined))

/**
 * 索引号 and 发布日期, filled in by the system when a document is first published — in the
 * publishing save, i.e. inside the final-approval transaction. Whatever a client sends for the
 * 索引号 is ignored and a number once given stays with the document; a 发布日期 given through
 * the API (e.g. when documents issued earlier are entered) is kept.
 */
export const assignIndexNo: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  data.indexNo = originalDoc?.indexNo ?? null
  if (!data.publishedAt && originalDoc?.publishedAt) data.publishedAt = originalDoc.publishedAt
  const merged = { ...(originalDoc ?? {}), ...data }
  if (merged._status !== 'published') return data
  if (!data.publishedAt) data.publishedAt = new Date().toISOString()
  if (data.indexNo) return data
  const settings = await disclosureSettings(req)
  const unitId = idOf(merged.unit)
  const unit = unitId
    ? ((await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, overrideAccess: true, req, select: { code: true } })) as { code?: string | null })
    : null
  const categoryId = idOf(merged.category)
  const category = categoryId
    ? ((await req.payload.findByID({ collection: 'disclosure-categories', id: categoryId, depth: 0, overrideAccess: true, req, select: { code: true } })) as { code?: string | null })
    : null
  const year = Number(new Date(new Date(String(data.publishedAt)).getTime() + 8 * 3_600_000).toISOString().slice(0, 4))
  data.indexNo = await nextIndexNo(req, settings.indexPattern, {
    orgCode: unit?.code || settings.orgCode || '000000000000000000',
    year,
    category: category?.code,
  })
  return data
}
