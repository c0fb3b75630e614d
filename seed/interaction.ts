/**
 * Seeds 互动交流: message types, the 领导信箱 leaders and demo messages taken the real way —
 * the office hands them on, the unit's officer drafts the reply, the signers approve it through
 * review — dated back from the seed day (see seed/data/interaction.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import { sign, submit, workflowOptions } from '@gov/review-workflow'

import { mailboxLeaders, messages, messageTypes, type SeedMessage } from './data/interaction'
import { users } from './data/users'
import { requestAs } from './workflow'

type Ids = { units: Map<string, number>; users: Map<string, number> }

const DAY_MS = 86_400_000

const userOf = (ids: Ids, unit: string, role: string) => {
  const user = users.find((u) => u.unit === unit && u.roles.includes(role))
  if (!user) throw new Error(`示例数据缺少 ${unit} 的 ${role} 账号`)
  return ids.users.get(user.email)!
}

/** A request acting as the user on a day in the past (the hooks stamp `context.now`). */
async function actingOn(payload: Payload, userId: number, at: Date): Promise<PayloadRequest> {
  const req = await requestAs(payload, userId)
  req.context = { ...req.context, now: at, quietNotifications: true }
  return req
}

async function replyThroughReview(payload: Payload, ids: Ids, message: SeedMessage, messageId: number, unitKey: string, at: Date) {
  const reply = message.reply!
  const officer = userOf(ids, unitKey, 'officer')
  const doc = await payload.create({
    collection: 'message-replies',
    draft: true,
    data: {
      message: messageId,
      text: reply.text,
      public: reply.public,
      ...(reply.publicTitle ? { publicTitle: reply.publicTitle } : {}),
      ...(reply.publicQuestion ? { publicQuestion: reply.publicQuestion } : {}),
      _status: 'draft',
    } as never,
    overrideAccess: false,
    req: await actingOn(payload, officer, at),
  })
  if (!reply.approved && !reply.submitted) return
  const options = workflowOptions(payload)
  let run = await submit(await actingOn(payload, officer, at), options, { collection: 'message-replies', id: doc.id })
  if (!reply.approved) return
  while (run.status === 'in_review') {
    const stage = run.route[run.currentStage ?? 0]
    const signerId = run.pendingSigners?.[0] ?? stage.signers[0].id
    run = await sign(await actingOn(payload, Number(signerId), at), options, {
      runId: run.id,
      decision: 'approve',
      opinion: '同意答复。',
      checklist: Object.fromEntries(stage.checklist.map((item) => [item, true])),
    })
  }
  if (run.status !== 'approved') throw new Error(`示例留言答复 ${message.key} 未能通过审核：${run.status}`)
}

export async function seedInteraction(payload: Payload, ids: Ids, today = new Date()): Promise<Record<string, number>> {
  const created = { messages: 0 }
  const typeIds = new Map<string, number>()
  for (const type of messageTypes) {
    const found = await payload.find({ collection: 'message-types', where: { code: { equals: type.code } }, limit: 1, overrideAccess: true })
    typeIds.set(type.code, (found.docs[0] ?? (await payload.create({ collection: 'message-types', data: { ...type, enabled: true }, overrideAccess: true }))).id)
  }
  const leaderIds = new Map<string, number>()
  for (const { key, ...leader } of mailboxLeaders) {
    const found = await payload.find({ collection: 'mailbox-leaders', where: { name: { equals: leader.name } }, limit: 1, overrideAccess: true })
    leaderIds.set(key, (found.docs[0] ?? (await payload.create({ collection: 'mailbox-leaders', data: { ...leader, active: true }, overrideAccess: true }))).id)
  }
  if ((await payload.count({ collection: 'messages', overrideAccess: true })).totalDocs > 0) return created

  const office = ids.users.get('interaction@demo.gov.cn')!
  const daysAgo = (days: number, hour = 10) => new Date(today.getTime() - days * DAY_MS + (hour - 12) * 3_600_000)
  for (const message of messages) {
    const doc = await payload.create({
      collection: 'messages',
      overrideAccess: true,
      data: {
        type: typeIds.get(message.type)!,
        leader: message.leader ? leaderIds.get(message.leader) : undefined,
        title: message.title,
        content: message.content,
        name: message.name,
        mobile: message.mobile,
        email: message.email,
        publishConsent: message.publishConsent,
        receivedVia: 'online',
        receivedAt: daysAgo(message.receivedDaysAgo, 9).toISOString(),
        sourceIp: '198.51.100.20',
      } as never,
    })
    created.messages++
    const asOffice = (days: number) => actingOn(payload, office, daysAgo(days))
    if (message.refused) {
      const { reason, note, daysAgo: days } = message.refused
      await payload.update({ collection: 'messages', id: doc.id, data: { status: 'refused', refusalReason: reason, refusalNote: note } as never, overrideAccess: false, req: await asOffice(days) })
    }
    if (message.assigned) {
      const { unit, daysAgo: days } = message.assigned
      await payload.update({ collection: 'messages', id: doc.id, data: { status: 'assigned', unit: ids.units.get(unit)! }, overrideAccess: false, req: await asOffice(days) })
      if (message.extensionRequested) {
        const officer = userOf(ids, unit, 'officer')
        await payload.update({
          collection: 'messages',
          id: doc.id,
          data: { extension: { requested: true, reason: message.extensionRequested.reason } },
          overrideAccess: false,
          req: await actingOn(payload, officer, daysAgo(message.extensionRequested.daysAgo)),
        })
      }
      if (message.reply) await replyThroughReview(payload, ids, message, doc.id, unit, daysAgo(message.reply.daysAgo, 15))
    }
    if (message.rating) {
      const ratedAt = daysAgo(Math.max(0, (message.reply?.daysAgo ?? 1) - 1), 20).toISOString()
      await payload.update({ collection: 'messages', id: doc.id, data: { rating: { ...message.rating, ratedAt } } as never, overrideAccess: true })
    }
  }
  return created
}
