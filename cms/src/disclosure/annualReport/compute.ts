/** Regenerates the computed tables of an annual report from the data (重新计算). */
import type { PayloadRequest } from 'payload'

import { computeTable3, type Table3, yearStart } from './table3'

type PolicyFacts = { docType?: string | null; writtenAt?: string | null; validity?: string | null; validityChangedAt?: string | null }

export type DocumentCounts = { issued: number; repealed: number; inForce: number }

/** Table 二, first rows: 规章 / 行政规范性文件 本年制发, 本年废止, 现行有效 (at year end). */
export function countDocuments(policies: readonly PolicyFacts[], docType: string, year: number): DocumentCounts {
  const start = yearStart(year)
  const end = yearStart(year + 1)
  const counts: DocumentCounts = { issued: 0, repealed: 0, inForce: 0 }
  for (const p of policies) {
    if (p.docType !== docType || !p.writtenAt) continue
    const written = Date.parse(p.writtenAt)
    if (written >= end) continue
    if (written >= start) counts.issued++
    const ended = (p.validity === 'repealed' || p.validity === 'expired') && p.validityChangedAt ? Date.parse(p.validityChangedAt) : null
    if (ended !== null && ended >= start && ended < end) counts.repealed++
    if (ended === null || ended >= end) counts.inForce++
  }
  return counts
}

export type ComputedTables = { regulations: DocumentCounts; normativeDocs: DocumentCounts; applicationStats: Table3 }

export async function computeAnnualTables(req: PayloadRequest, year: number): Promise<ComputedTables> {
  // Issued documents are the published ones (whatever their 公开属性).
  const policies = await req.payload.find({
    collection: 'policies',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { docType: true, writtenAt: true, validity: true, validityChangedAt: true },
  })
  const applications = await req.payload.find({
    collection: 'disclosure-applications',
    where: { receivedAt: { less_than: new Date(yearStart(year + 1)).toISOString() } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { applicantKind: true, orgType: true, receivedAt: true, repliedAt: true, outcome: true },
  })
  const docs = policies.docs as PolicyFacts[]
  return {
    regulations: countDocuments(docs, 'regulation', year),
    normativeDocs: countDocuments(docs, 'normative', year),
    applicationStats: computeTable3(applications.docs, year),
  }
}
