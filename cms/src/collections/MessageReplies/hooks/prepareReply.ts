import type { CollectionBeforeChangeHook } from 'payload'


import { unitOf } from '../../../access/unitOf'
import { hasRole } from '../../../lib/roles'
import { fieldError } from '../../../lib/userErrors'

type Rel = number | { id: number } | null | undefined
const idOf = (v: Rel) => (v && typeof v === 'object' ? v.id : v ?? null)

/**
 * A reply belongs to a message handed to the writer's unit: on create it takes the message's
 * unit, type and dates, and the question as the citizen wrote it (to be cleared of personal data
 * before it is published); 公开 needs the citizen's consent.
 */
export const prepareReply: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const invalid = (path: string, message: string) => fieldError('message-replies', [{ path, message }], req)
  const messageId = idOf((data.message ?? originalDoc?.message) as Rel)
  if (messageId == null) throw invalid('message', '请选择要答复的留言。')
  if (operation === 'update' && String(messageId) !== String(idOf(originalDoc?.message as Rel))) throw invalid('message', '答复对应的留言不能更改。')
  const message = await req.payload.findByID({ collection: 'messages', id: messageId, depth: 1, overrideAccess: true, req })
  const messageUnit = unitOf(message as { unit?: number })
  if (operation === 'create') {
    if (message.status !== 'assigned') throw invalid('message', '只能答复已转办、正在办理的留言。')
    const own = unitOf(req.user as { unit?: number } | null)
    if (req.user && !hasRole(req.user, 'interactionOfficer') && String(own) !== String(messageUnit)) throw invalid('message', '这件留言没有转办给本单位。')
    const existing = await req.payload.count({ collection: 'message-replies', where: { and: [{ message: { equals: messageId } }, { unit: { equals: messageUnit } }] }, overrideAccess: true, req })
    if (existing.totalDocs > 0) throw invalid('message', '本单位已为这件留言起草了答复，请在原答复中修改。')
    Object.assign(data, {
      unit: messageUnit,
      receivedAt: message.receivedAt,
      handledAt: message.handledAt,
      publicTitle: data.publicTitle || message.title,
      publicQuestion: data.publicQuestion || message.content,
      public: data.public ?? Boolean(message.publishConsent),
      createdBy: req.user?.id ?? data.createdBy ?? null,
    })
  } else {
    // The unit and the copied facts stay as they were taken from the message.
    for (const key of ['unit', 'receivedAt', 'handledAt', 'createdBy', 'repliedAt']) if (originalDoc && key in originalDoc) data[key] = originalDoc[key]
    // 答复日期: the day the final approval published it (kept when it is published again).
    if (data._status === 'published' && !data.repliedAt) data.repliedAt = (req.context.now instanceof Date ? req.context.now : new Date()).toISOString()
  }
  // The message's type as it is now: whether the reply also passes the leader's office follows it.
  const type = message.type && typeof message.type === 'object' ? message.type : null
  Object.assign(data, { typeCode: type?.code ?? null, typeName: type?.name ?? null, toLeader: Boolean(type?.needsLeader) })
  if (data.public && !message.publishConsent) throw invalid('public', '留言人未同意公开，这件答复不能在门户网站公开。')
  return data
}
