/**
 * The submission line: sending a signed item up, and what an office does with it — adopt (采用)
 * into a journal issue, return (退稿) with a reason, forward (转报) to the next level, where it
 * arrives with its origin and the chain of offices that forwarded it.
 */
import type { PayloadRequest } from 'payload'


import { ADOPTION_MODES, type AdoptionMode, type JournalKind, labelOf, type OfficeLevel } from './constants'
import { recordEvent } from './events'
import { lexicalParagraphs } from './lexicalText'
import { noticeUnit, receiptLink, submissionLink } from './notices'
import { loadUnitTree, upperOfficeOf } from './offices'
import { userError } from '../lib/userErrors'

export const idOf = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return Number((value as { id: number }).id)
  return Number(value)
}

const ids = (values: unknown): number[] => (Array.isArray(values) ? values.map(idOf).filter((v): v is number => v !== null) : [])

/** Why a signed submission could not be sent, or null when it can. */
export async function sendRefusal(req: PayloadRequest, unitId: number | null): Promise<string | null> {
  if (unitId === null) return '报送信息缺少报送单位。'
  const tree = await loadUnitTree(req)
  if (upperOfficeOf(tree, unitId) === null) {
    return `“${tree.get(unitId)?.name ?? unitId}”没有上级信息工作机构，无法报送。请系统管理员在“单位”中为上级单位设置信息工作机构。`
  }
  return null
}

async function addReceivers(req: PayloadRequest, submissionId: number, office: number, extra: Record<string, unknown> = {}) {
  const submission = await req.payload.findByID({ collection: 'submissions', id: submissionId, depth: 0, overrideAccess: true, req })
  const receivedBy = [...new Set([...ids(submission.receivedBy), office])]
  await req.payload.update({
    collection: 'submissions',
    id: submissionId,
    data: { receivedBy, ...extra },
    overrideAccess: true,
    req,
  })
  for (const fileId of ids(submission.attachments)) {
    const file = await req.payload.findByID({ collection: 'submission-files', id: fileId, depth: 0, overrideAccess: true, req })
    await req.payload.update({
      collection: 'submission-files',
      id: fileId,
      data: { receivedBy: [...new Set([...ids(file.receivedBy), office])] },
      overrideAccess: true,
      req,
    })
  }
}

/** Final approval of a submission: it goes to the office of the unit's parent. */
export async function sendSubmission(req: PayloadRequest, submissionId: number): Promise<number> {
  const submission = await req.payload.findByID({ collection: 'submissions', id: submissionId, depth: 0, overrideAccess: true, req })
  const unit = idOf(submission.unit)
  const tree = await loadUnitTree(req)
  const office = unit === null ? null : upperOfficeOf(tree, unit)
  if (unit === null || office === null) throw userError((await sendRefusal(req, unit)) ?? '无法报送。', 409)
  const officeLevel = tree.get(office)?.level ?? null
  const now = new Date().toISOString()
  const receipt = await req.payload.create({
    collection: 'submission-receipts',
    overrideAccess: true,
    req,
    data: {
      submission: submissionId,
      title: submission.title,
      office,
      officeLevel,
      originUnit: unit,
      fromUnit: unit,
      forwarders: [],
      receivedAt: now,
      status: 'pending',
    },
  })
  await recordEvent(req, { type: 'received', submission: submissionId, originUnit: unit, office, officeLevel, receipt: Number(receipt.id) })
  await addReceivers(req, submissionId, office, { lineStatus: 'sent', sentAt: now, returnReason: null })
  await noticeUnit(req, { unit: office, roles: ['infoEditor'], kind: 'assigned', title: `收到报送：《${submission.title}》`, message: `报送单位：${tree.get(unit)?.name ?? ''}`, link: receiptLink(req, receipt.id) })
  return Number(receipt.id)
}

export type ReceiptDoc = {
  id: number
  submission: unknown
  office: unknown
  officeLevel?: OfficeLevel | null
  originUnit: unknown
  fromUnit?: unknown
  forwarders?: unknown
  adoptionMode?: AdoptionMode | null
  adoptedIn?: unknown
  forward?: boolean | null
  forwardedTo?: unknown
  returnReason?: string | null
  status?: string | null
}

/** 转报: the item arrives at the next office up with its origin and the forwarding chain. */
export async function forwardReceipt(req: PayloadRequest, receipt: ReceiptDoc): Promise<number> {
  const office = idOf(receipt.office)!
  const tree = await loadUnitTree(req)
  const upper = upperOfficeOf(tree, office)
  if (upper === null) throw userError('本机构已是最高一级，无法转报。', 409)
  const submissionId = idOf(receipt.submission)!
  const originUnit = idOf(receipt.originUnit)!
  const forwarders = [...new Set([...ids(receipt.forwarders), office])]
  const officeLevel = tree.get(upper)?.level ?? null
  const submission = await req.payload.findByID({ collection: 'submissions', id: submissionId, depth: 0, overrideAccess: true, req })
  const next = await req.payload.create({
    collection: 'submission-receipts',
    overrideAccess: true,
    req,
    data: {
      submission: submissionId,
      title: submission.title,
      office: upper,
      officeLevel,
      originUnit,
      fromUnit: office,
      forwarders,
      previous: receipt.id,
      receivedAt: new Date().toISOString(),
      status: 'pending',
    },
  })
  await recordEvent(req, { type: 'received', submission: submissionId, originUnit, office: upper, officeLevel, forwarders, receipt: Number(next.id) })
  await addReceivers(req, submissionId, upper)
  await noticeUnit(req, { unit: upper, roles: ['infoEditor'], kind: 'assigned', title: `收到转报：《${submission.title}》`, message: `原报送单位：${tree.get(originUnit)?.name ?? ''}；转报：${tree.get(office)?.name ?? ''}`, link: receiptLink(req, next.id) })
  return Number(next.id)
}

/**
 * 采用 scores when the issue it went into is signed (签发), not before: an item in a draft issue
 * that is never signed — deleted, or the item taken out — earns nothing. Called at sign-off;
 * each adopted item still in the issue becomes an `adopted` event, once.
 */
export async function recordIssueAdoptions(req: PayloadRequest, issueId: number): Promise<void> {
  const issue = await req.payload.findByID({ collection: 'journal-issues', id: issueId, depth: 1, overrideAccess: true, req })
  const journal = issue.journal as { id: number; kind?: JournalKind | null }
  const inIssue = new Set(((issue.items ?? []) as { sources?: unknown }[]).flatMap((item) => ids(item.sources)))
  const receipts = await req.payload.find({ collection: 'submission-receipts', where: { adoptedIn: { equals: issueId } }, pagination: false, depth: 0, overrideAccess: true, req })
  for (const receipt of receipts.docs as unknown as ReceiptDoc[]) {
    const submission = idOf(receipt.submission)!
    if (!inIssue.has(submission)) continue
    const recorded = await req.payload.count({ collection: 'submission-events', where: { and: [{ type: { equals: 'adopted' } }, { receipt: { equals: receipt.id } }] }, overrideAccess: true, req })
    if (recorded.totalDocs > 0) continue
    await recordEvent(req, {
      type: 'adopted',
      submission,
      originUnit: idOf(receipt.originUnit)!,
      office: idOf(receipt.office),
      officeLevel: receipt.officeLevel ?? null,
      forwarders: ids(receipt.forwarders),
      journal: journal.id,
      journalKind: journal.kind ?? null,
      adoptionMode: receipt.adoptionMode ?? null,
      receipt: receipt.id,
    })
  }
}

/** 采用: the item joins the journal issue for the editor to shape; it scores when the issue is signed. */
export async function adoptReceipt(req: PayloadRequest, receipt: ReceiptDoc): Promise<void> {
  const issueId = idOf(receipt.adoptedIn)!
  const submissionId = idOf(receipt.submission)!
  const issue = await req.payload.findByID({ collection: 'journal-issues', id: issueId, depth: 1, draft: true, overrideAccess: true, req })
  const submission = await req.payload.findByID({ collection: 'submissions', id: submissionId, depth: 1, overrideAccess: true, req })
  const unitName = (submission.unit as { shortName?: string | null; name?: string } | null)?.shortName ?? (submission.unit as { name?: string } | null)?.name ?? ''
  const text = receipt.adoptionMode === 'full' ? submissionText(submission).join('\n') : ''
  const items: Record<string, unknown>[] = ((issue.items ?? []) as Record<string, unknown>[]).map((item) => ({ ...item, sources: ids(item.sources) }))
  items.push({ heading: submission.title, text: text || `（${unitName}报送，待编辑${receipt.adoptionMode === 'summary' ? '摘要' : '综合'}）`, mode: receipt.adoptionMode, sources: [submissionId], sourceUnit: unitName })
  await req.payload.update({
    collection: 'journal-issues',
    id: issueId,
    data: { items },
    draft: true,
    overrideAccess: true,
    req,
  })
  await req.payload.update({ collection: 'submissions', id: submissionId, data: { lineStatus: 'adopted' }, overrideAccess: true, req })
  await noticeUnit(req, {
    unit: idOf(receipt.originUnit)!,
    roles: ['officer', 'unitHead'],
    kind: 'approved',
    title: `信息被采用：《${submission.title}》`,
    message: `${issue.title ?? ''}${labelOf(ADOPTION_MODES, receipt.adoptionMode)}`,
    link: submissionLink(req, submissionId),
  })
}

/** 退稿: the unit sees the reason and may revise and sign the item again. */
export async function returnReceipt(req: PayloadRequest, receipt: ReceiptDoc): Promise<void> {
  const submissionId = idOf(receipt.submission)!
  const originUnit = idOf(receipt.originUnit)!
  await recordEvent(req, {
    type: 'returned',
    submission: submissionId,
    originUnit,
    office: idOf(receipt.office),
    officeLevel: receipt.officeLevel ?? null,
    forwarders: ids(receipt.forwarders),
    receipt: receipt.id,
    note: receipt.returnReason ?? undefined,
  })
  const submission = await req.payload.findByID({ collection: 'submissions', id: submissionId, depth: 0, overrideAccess: true, req })
  await noticeUnit(req, {
    unit: idOf(receipt.fromUnit) ?? originUnit,
    roles: ['officer', 'unitHead', 'infoEditor'],
    kind: 'returned',
    title: `信息被退稿：《${submission.title}》`,
    message: `退稿理由：${receipt.returnReason ?? ''}`,
    link: submissionLink(req, submissionId),
  })
  // Returned by the first office: back to the unit. Returned higher up: the lower office's adoption stands.
  if (idOf(receipt.fromUnit) === originUnit) {
    await req.payload.update({
      collection: 'submissions',
      id: submissionId,
      data: { lineStatus: 'returned', returnReason: receipt.returnReason },
      overrideAccess: true,
      req,
      })
  }
}

/** Plain text of a submission: the research template's four parts, then the body. */
export function submissionText(submission: { type?: string | null; research?: Record<string, string | null | undefined> | null; body?: unknown }): string[] {
  const parts: string[] = []
  if (submission.type === 'research' && submission.research) {
    const r = submission.research
    const sections: [string, string | null | undefined][] = [
      ['一、基本情况', r.situation],
      ['二、存在问题', r.problems],
      ['三、原因分析', r.analysis],
      ['四、意见建议', r.suggestions],
    ]
    for (const [heading, text] of sections) if (text?.trim()) parts.push(heading, ...text.trim().split(/\n+/))
  }
  return [...parts, ...lexicalParagraphs(submission.body)]
}
