import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { addWorkingDays } from '@gov/review-workflow'

import { unitOf } from '../../access/unitOf'
import { isChinaWorkingDay } from '../../calendar/chinaCalendar'
import { formatChineseDate } from '../../disclosure/format'
import { recordEvent } from '../../submissions/events'
import { idOf } from '../../submissions/line'
import { noticeUnit } from '../../submissions/notices'
import { submissionSettings } from '../../submissions/settings'
import { userError } from '../../lib/userErrors'

/** Fills the unit, office, deadline and summary; stamps the feedback time. */
export const prepareInstruction: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create') {
    const submissionId = idOf(data.submission)
    const submission = submissionId === null ? null : await req.payload.findByID({ collection: 'submissions', id: submissionId, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!submission?.sentAt) throw userError('只能对已报送的信息登记批示。')
    const office = unitOf(req.user)
    const receivedBy = ((submission.receivedBy ?? []) as unknown[]).map(idOf)
    if (office === undefined || !receivedBy.includes(Number(office))) throw userError('只能对送达本机构的信息登记批示。', 403)
    data.originUnit = idOf(submission.unit)
    data.office = Number(office)
    if (!data.feedbackDue) {
      const settings = await submissionSettings(req, office)
      data.feedbackDue = addWorkingDays(new Date(data.instructedAt), settings.feedbackDays, isChinaWorkingDay).toISOString()
    }
  }
  const text = String(data.text ?? originalDoc?.text ?? '')
  data.summary = `${data.leaderName ?? originalDoc?.leaderName ?? ''}：${text.slice(0, 30)}${text.length > 30 ? '…' : ''}`
  if (data.feedback?.trim() && !originalDoc?.feedbackAt) data.feedbackAt = new Date().toISOString()
  return data
}

/**
 * The instruction is a scoring fact, credited like an adoption at the recording office. A
 * corrected leader level corrects the fact, so the instruction is scored by what was really said.
 */
export const recordInstructionEvent: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation === 'update') {
    if (previousDoc?.leaderLevel !== doc.leaderLevel) {
      await req.payload.update({
        collection: 'submission-events',
        where: { and: [{ type: { equals: 'instruction' } }, { instruction: { equals: doc.id } }] },
        data: { leaderLevel: doc.leaderLevel, note: doc.leaderName },
        overrideAccess: true,
        req,
      })
    }
    return doc
  }
  if (operation !== 'create') return doc
  await noticeUnit(req, {
    unit: idOf(doc.originUnit)!,
    roles: ['officer', 'unitHead'],
    kind: 'assigned',
    title: `领导批示：${doc.summary ?? ''}`,
    message: `请于${doc.feedbackDue ? formatChineseDate(doc.feedbackDue) : '期限内'}前反馈落实情况。`,
    link: `${req.payload.config.routes.admin}/collections/instructions/${doc.id}`,
  })
  const receipts = await req.payload.find({
    collection: 'submission-receipts',
    where: { and: [{ submission: { equals: idOf(doc.submission) } }, { office: { equals: idOf(doc.office) } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const receipt = receipts.docs[0]
  await recordEvent(req, {
    type: 'instruction',
    submission: idOf(doc.submission)!,
    originUnit: idOf(doc.originUnit)!,
    office: idOf(doc.office),
    officeLevel: (receipt?.officeLevel as never) ?? null,
    forwarders: ((receipt?.forwarders ?? []) as unknown[]).map(idOf).filter((v): v is number => v !== null),
    leaderLevel: doc.leaderLevel,
    instruction: doc.id,
    note: doc.leaderName,
  })
  return doc
}
