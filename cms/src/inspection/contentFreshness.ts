/**
 * 网站不更新, 栏目不更新 and 空白栏目: read from the published content the portal shows, with
 * the displayed dates (a date moved forward to look fresh is caught by publishDates.ts).
 */
import type { PayloadRequest } from 'payload'

import { PUBLIC_DISCLOSURE } from '../access/readPublicDisclosure'
import { daysSince, type InspectionItem, type InspectionSettingsData } from './types'
import { formatChineseDate } from '../disclosure/format'

type Column = { id: number; name: string; kind: string; showOnHome?: boolean | null }

async function newestInColumn(req: PayloadRequest, column: number): Promise<{ count: number; newest: string | null }> {
  const found = await req.payload.find({
    collection: 'articles',
    where: { and: [{ column: { equals: column } }, { _status: { equals: 'published' } }] },
    sort: '-publishDate',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { publishDate: true },
  })
  return { count: found.totalDocs, newest: (found.docs[0]?.publishDate as string | undefined) ?? null }
}

export async function checkContentFreshness(req: PayloadRequest, settings: InspectionSettingsData, now: Date): Promise<InspectionItem[]> {
  const items: InspectionItem[] = []
  const columns = (await req.payload.find({ collection: 'columns', pagination: false, depth: 0, overrideAccess: true, req, sort: 'order' })).docs as unknown as Column[]
  const rules = new Map(settings.columnRules.map((r) => [r.kind, r]))
  let homeNewest: string | null = null
  const stale: string[] = []
  const longStale: string[] = []
  const blank: string[] = []

  for (const column of columns) {
    const { count, newest } = await newestInColumn(req, column.id)
    if (column.showOnHome && newest && (!homeNewest || newest > homeNewest)) homeNewest = newest
    const rule = rules.get(column.kind)
    if (!rule) continue
    if (count === 0) {
      blank.push(column.name)
      items.push({ level: 'warn', indicator: '空白栏目', target: `栏目“${column.name}”`, detail: '栏目内没有已发布的信息。', advice: '发布本栏目信息，或撤销（合并）该栏目。' })
      continue
    }
    const age = daysSince(newest!, now)
    if (age > settings.longStaleDays) longStale.push(column.name)
    if (age > rule.maxDays) {
      stale.push(column.name)
      items.push({
        level: 'warn',
        indicator: '栏目不更新',
        target: `栏目“${column.name}”`,
        detail: `最近一条信息发布于${formatChineseDate(newest!)}，已 ${age} 天未更新（要求 ${rule.maxDays} 天内更新）。`,
        advice: '尽快发布本栏目信息；确无信息可发的，调整栏目设置。',
      })
    } else if (age >= rule.warnDays) {
      items.push({
        level: 'warn',
        indicator: '栏目更新预警',
        target: `栏目“${column.name}”`,
        detail: `已 ${age} 天未更新，再过 ${rule.maxDays - age} 天将超过 ${rule.maxDays} 天的要求。`,
        advice: '安排本栏目近期更新。',
      })
    }
  }

  const catalogBlank = await blankCatalogPages(req)
  for (const name of catalogBlank) {
    blank.push(`公开目录“${name}”`)
    items.push({ level: 'warn', indicator: '空白栏目', target: `政府信息公开目录“${name}”`, detail: '目录页显示“暂无信息”。', advice: '按目录发布本类信息，或在目录中说明本级无此类信息。' })
  }

  if (!homeNewest) {
    items.push({ level: 'veto', indicator: '网站不更新', target: '首页', detail: '首页栏目没有任何已发布的信息。', advice: '在首页栏目发布信息。' })
  } else {
    const age = daysSince(homeNewest, now)
    if (age > settings.homeMaxDays) {
      items.push({ level: 'veto', indicator: '网站不更新', target: '首页', detail: `首页栏目最近一次更新为${formatChineseDate(homeNewest)}，已 ${age} 天（要求 ${settings.homeMaxDays} 天内）。`, advice: '立即在首页栏目发布信息。' })
    } else if (age >= settings.homeWarnDays) {
      items.push({ level: 'warn', indicator: '首页更新预警', target: '首页', detail: `首页栏目已 ${age} 天未更新，再过 ${settings.homeMaxDays - age} 天将单项否决。`, advice: '近期在首页栏目发布信息。' })
    }
  }

  const veto = (count: number, limit: number, indicator: string, what: string, names: string[], advice: string) => {
    if (count >= limit) items.push({ level: 'veto', indicator, target: names.slice(0, 10).join('、') + (names.length > 10 ? ' 等' : ''), detail: `${what} ${count} 个（达到 ${limit} 个即单项否决）。`, advice })
  }
  veto(stale.length, settings.vetoStale, '栏目不更新', '未按期更新的栏目', stale, '逐个更新上列栏目。')
  veto(longStale.length, settings.vetoLongStale, '栏目不更新', `超过 ${settings.longStaleDays} 天未更新的栏目`, longStale, '逐个更新上列栏目，或撤并不再需要的栏目。')
  veto(blank.length, settings.vetoBlank, '栏目不更新', '空白栏目（含公开目录空白页）', blank, '为上列栏目发布信息，或撤并空白栏目。')
  return items
}

/** Catalog pages the portal shows as 暂无信息: leaf categories with no document it may publish (主动公开, published, not 涉密). */
async function blankCatalogPages(req: PayloadRequest): Promise<string[]> {
  const categories = (await req.payload.find({ collection: 'disclosure-categories', pagination: false, depth: 0, overrideAccess: true, req })).docs as unknown as {
    id: number
    name: string
    parent?: number | null
    section?: string | null
  }[]
  const parents = new Set(categories.map((c) => c.parent).filter(Boolean).map(String))
  const filled = new Set<string>()
  for (const collection of ['policies', 'interpretations'] as const) {
    const docs = await req.payload.find({ collection, where: PUBLIC_DISCLOSURE, pagination: false, depth: 0, overrideAccess: true, req, select: { category: true } })
    for (const doc of docs.docs as { category?: number | null }[]) if (doc.category) filled.add(String(doc.category))
  }
  const sectionOf = (c: (typeof categories)[number]): string | null | undefined => c.section ?? categories.find((p) => p.id === c.parent)?.section
  // The guide and the annual reports have pages of their own content.
  return categories.filter((c) => !parents.has(String(c.id)) && !filled.has(String(c.id)) && !['guide', 'annualReport'].includes(sectionOf(c) ?? '')).map((c) => c.name)
}
