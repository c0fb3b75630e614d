import type { Endpoint } from 'payload'


import { unitOf } from '../../access/unitOf'
import { hasRole } from '../../lib/roles'
import { ADOPTION_MODES } from '../../submissions/constants'
import { idOf } from '../../submissions/line'
import { userError } from '../../lib/userErrors'

export const RECEIPT_ACTIONS = ['adopt', 'forward', 'return'] as const
export type ReceiptAction = (typeof RECEIPT_ACTIONS)[number]

type DecisionBody = { action?: unknown; adoptionMode?: unknown; adoptedIn?: unknown; alsoForward?: unknown; returnReason?: unknown }

/** The receipt's fields a decision sets; what is missing or wrong is refused in the office's words. */
export function decisionData(body: DecisionBody): Record<string, unknown> {
  switch (body.action) {
    case 'adopt': {
      if (!ADOPTION_MODES.some((m) => m.value === body.adoptionMode)) throw userError('请选择采用方式（全文、摘要或综合）。')
      const issue = Number(body.adoptedIn)
      if (!Number.isInteger(issue) || issue <= 0) throw userError('请选择采用的刊期。')
      return { adoptionMode: body.adoptionMode, adoptedIn: issue, ...(body.alsoForward === true ? { forward: true } : {}) }
    }
    case 'forward':
      return { forward: true }
    case 'return': {
      const reason = typeof body.returnReason === 'string' ? body.returnReason.trim() : ''
      if (!reason) throw userError('请填写退稿理由，报送单位会看到它。')
      return { returnReason: reason }
    }
    default:
      throw userError('处理方式应为采用、转报或退稿。')
  }
}

/**
 * POST /api/submission-receipts/:id/decision — 采用 / 转报 / 退稿 as one action of the office's
 * 信息编辑, with the signed-in user's rights; the receipt's hooks check and carry it out.
 */
export const receiptDecisionEndpoint: Endpoint = {
  path: '/:id/decision',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw userError('请先登录。', 401)
    let body: DecisionBody
    try {
      body = (await req.json?.()) as DecisionBody
    } catch {
      throw userError('请求内容不是有效的 JSON。')
    }
    if (!body || typeof body !== 'object') throw userError('请求内容应为 JSON 对象。')
    const data = decisionData(body)
    const id = String(req.routeParams?.id ?? '')
    const receipt = await req.payload.findByID({ collection: 'submission-receipts', id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    if (!receipt) throw userError('收报记录不存在或无权查看。', 404)
    if (!hasRole(req.user, 'infoEditor') || String(unitOf(req.user)) !== String(idOf(receipt.office))) throw userError('只有接收机构的信息编辑可以处理。', 403)
    const saved = await req.payload.update({ collection: 'submission-receipts', id, data: data as never, req, user: req.user, overrideAccess: false, depth: 0 })
    return Response.json({ message: '已处理。', doc: saved })
  },
}
