/** 互动回应差: a citizen's message accepted but unanswered beyond the limit (3 months by default). */
import type { PayloadRequest } from 'payload'

import { DAY_MS, type InspectionItem, type InspectionSettingsData } from './types'
import { formatChineseDate } from '../disclosure/format'

export async function checkInteractionResponse(req: PayloadRequest, settings: InspectionSettingsData, now: Date): Promise<InspectionItem[]> {
  const types = await req.payload.count({ collection: 'message-types', where: { enabled: { equals: true } }, overrideAccess: true, req })
  if (types.totalDocs === 0) {
    return [{ level: 'veto', indicator: '互动回应差', target: '互动交流', detail: '网站没有可用的互动交流栏目（未启用任何留言类型）。', advice: '在“留言类型”中启用咨询、投诉、建议等栏目。' }]
  }
  const open = await req.payload.find({
    collection: 'messages',
    where: { and: [{ status: { in: ['received', 'assigned'] } }, { receivedAt: { less_than: new Date(now.getTime() - settings.messageWarnDays * DAY_MS).toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { queryCode: true, title: true, receivedAt: true },
    sort: 'receivedAt',
  })
  return (open.docs as { queryCode?: string; title?: string; receivedAt: string }[]).map((m) => {
    const age = Math.floor((now.getTime() - new Date(m.receivedAt).getTime()) / DAY_MS)
    const veto = age > settings.messageMaxDays
    return {
      level: veto ? 'veto' : 'warn',
      indicator: veto ? '互动回应差' : '留言答复预警',
      target: `留言“${m.title ?? ''}”（查询码 ${m.queryCode ?? ''}）`,
      detail: `${formatChineseDate(m.receivedAt)}收到，已 ${age} 天未答复${veto ? `（超过 ${settings.messageMaxDays} 天即单项否决）` : `，再过 ${settings.messageMaxDays - age} 天将单项否决`}。`,
      advice: '督促承办单位答复并完成审核。',
    } satisfies InspectionItem
  })
}
