/** What the review workflow asks of a 留言答复 at final approval, and what follows it. */
import type { CanFinallyApproveArgs, FinalApprovalArgs } from '@gov/review-workflow'

import { REPLY_APPROVED } from '../collections/Messages/hooks/handleMessageTransition'
import { enqueuePublish } from '../publishing/enqueuePublish'
import { mobileDigits } from './queryCode'

type Rel = number | { id: number } | null | undefined
const idOf = (v: Rel) => (v && typeof v === 'object' ? v.id : v ?? null)

/** The citizen's name, mobile or email where the portal would show them. */
export function personalDataIn(texts: readonly unknown[], citizen: { name?: string | null; mobile?: string | null; email?: string | null }): string[] {
  const joined = texts.map((t) => String(t ?? '')).join('\n')
  const digits = joined.replace(/[\s-]/g, '')
  const found: string[] = []
  const name = citizen.name?.trim()
  if (name && name.length >= 2 && joined.includes(name)) found.push('姓名')
  const mobile = mobileDigits(citizen.mobile)
  if (mobile.length >= 7 && digits.includes(mobile)) found.push('手机号码')
  const email = citizen.email?.trim().toLowerCase()
  if (email && joined.toLowerCase().includes(email)) found.push('电子邮箱')
  return found
}

export async function messageReplyRefusal({ req, collection, doc }: CanFinallyApproveArgs): Promise<string | null> {
  if (collection !== 'message-replies') return null
  const message = await req.payload.findByID({ collection: 'messages', id: idOf(doc.message as Rel)!, depth: 1, overrideAccess: true, req })
  const type = message.type && typeof message.type === 'object' ? message.type : null
  if (message.status !== 'assigned') return message.status === 'answered' ? '这件留言已经答复。' : '这件留言已不在办理中（可能已被退回或不予受理），不能答复。'
  if (String(idOf(message.unit as Rel)) !== String(idOf(doc.unit as Rel))) return '这件留言已改派给其他单位，本答复不能终审。'
  if (Boolean(type?.needsLeader) !== Boolean(doc.toLeader)) return '留言类型已改变（是否写给领导不同），审核环节随之不同：请保存答复后重新提交审核。'
  if (doc.public) {
    const found = personalDataIn([doc.publicTitle, doc.publicQuestion, doc.text], message)
    if (found.length > 0) return `公开的留言或答复中含有留言人的${found.join('、')}，请删除后再审核（或取消“在门户网站公开”）。`
  }
  return null
}

/** The approved reply reaches the citizen (查询) and, when 公开, the portal. */
export async function onMessageReplyApproval({ req, collection, docId, emergency }: FinalApprovalArgs): Promise<void> {
  // Emergency publishing is off for replies (payload.config); should it ever be on, an unreviewed reply never answers the citizen.
  if (collection !== 'message-replies' || emergency) return
  const reply = await req.payload.findByID({ collection: 'message-replies', id: docId, depth: 0, overrideAccess: true, draft: false, req })
  await req.payload.update({
    collection: 'messages',
    id: idOf(reply.message as Rel)!,
    data: { status: 'answered', repliedAt: reply.repliedAt ?? (req.context.now instanceof Date ? req.context.now : new Date()).toISOString(), replyText: reply.text, reply: reply.id },
    depth: 0,
    overrideAccess: true,
    context: { [REPLY_APPROVED]: true },
    req,
  })
  // Published or not, the answer changes the figures the portal shows.
  await enqueuePublish(req, `互动交流答复：${reply.public ? reply.publicTitle : `（不公开）${reply.id}`}`)
}
