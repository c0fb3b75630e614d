import type { CollectionBeforeChangeHook } from 'payload'


import { duplicateKey } from '../../../interaction/duplicateKey'
import { newQueryCode } from '../../../interaction/queryCode'
import { fieldError } from '../../../lib/userErrors'

type MessageData = {
  type?: number | { id: number } | null
  leader?: number | { id: number } | null
  queryCode?: string | null
  receivedAt?: string | null
  status?: string | null
  mobile?: string | null
  title?: string | null
  content?: string | null
  duplicateKey?: string | null
}

const idOf = (v: MessageData['type']) => (v && typeof v === 'object' ? v.id : v)

/**
 * A new message gets its 查询码, receipt time and duplicate key; a 领导信箱 message must name an
 * active leader. (The public endpoint checks the same before it stores anything.)
 */
export const prepareMessage: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.queryCode ||= newQueryCode()
    data.receivedAt ||= new Date().toISOString()
    data.status = 'received'
  }
  const merged = { ...originalDoc, ...data } as MessageData
  data.duplicateKey = duplicateKey(merged)
  const typeId = idOf(merged.type)
  if (typeId != null && (data.type !== undefined || data.leader !== undefined)) {
    const type = await req.payload.findByID({ collection: 'message-types', id: typeId, depth: 0, overrideAccess: true, req })
    const leaderId = idOf(merged.leader)
    if (type.needsLeader && leaderId == null) throw fieldError('messages', [{ path: 'leader', message: '请选择写信的领导。' }], req)
    if (!type.needsLeader) data.leader = null
  }
  return data
}
