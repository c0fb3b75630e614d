/**
 * Every page of the portal under the current scope (PORTAL_SCOPE, see ../scope.ts): the params
 * of each dynamic route, which its getStaticPaths returns for `astro build`, and `pagePaths()`,
 * the addresses the publisher's page renderer renders (src/integrations/pageRendererEntry.mjs).
 * Both come from the same lists, so the static build and the renderer write the same pages.
 * Pages read their data from their params (./data.ts), not from getStaticPaths props.
 */
import { disclosure } from '../disclosure'
import { messageTypes, publishedReplies, REPLIES_PAGE_SIZE } from '../interaction'
import { allArticles, allColumns, articlesOf, PAGE_SIZE, subsites } from '../portal'
import { inScope } from '../scope'
import { allBulletins, allIssues, journalsWithIssues } from '../submissionLine'
import { catalogLists } from './data'
import { pageCount, pageParam } from './pagination'

type Params = Record<string, string | undefined>

/** Params of the pages of a list of `total` items, `size` a page, those `keep` keeps. */
function listPages(total: number, size: number, params: Params, keep: (page: number) => boolean = () => true): Params[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => i + 1)
    .filter(keep)
    .map((page) => ({ ...params, page: pageParam(page) }))
}

/**
 * A dynamic route: its pattern (its file under src/pages, pages ending in a slash) and the
 * params of its pages under the scope.
 */
function dynamicRoute<P extends Params>(pattern: string, params: () => P[] | Promise<P[]>) {
  return {
    pattern,
    params,
    /** For the page's getStaticPaths: params only. */
    staticPaths: async () => (await params()).map((p) => ({ params: p })),
  }
}

type DynamicRoute = ReturnType<typeof dynamicRoute>

export const routes = {
  article: dynamicRoute('/articles/[id]/', async () => (await allArticles()).filter((a) => inScope.article(a.id)).map((a) => ({ id: a.id }))),
  bulletin: dynamicRoute('/bulletins/[id]/', () => (inScope.submissionLine() ? allBulletins().map((b) => ({ id: b.id })) : [])),
  columnFeed: dynamicRoute('/columns/[slug]/rss.xml', async () =>
    (await allColumns()).filter((c) => inScope.column(c.slug)).map((c) => ({ slug: c.slug })),
  ),
  columnList: dynamicRoute('/columns/[slug]/[...page]/', async () => {
    const columns = (await allColumns()).filter((c) => inScope.column(c.slug))
    const lists = await Promise.all(columns.map((c) => articlesOf(c.slug)))
    return columns.flatMap((c, i) => listPages(lists[i].length, PAGE_SIZE, { slug: c.slug }, (page) => inScope.columnPage(c.slug, page)))
  }),
  replyList: dynamicRoute('/hudong/replies/[...page]/', () => (inScope.interaction() ? listPages(publishedReplies().length, REPLIES_PAGE_SIZE, {}) : [])),
  reply: dynamicRoute('/hudong/reply/[id]/', () => (inScope.interaction() ? publishedReplies().map((r) => ({ id: r.id })) : [])),
  messageType: dynamicRoute('/hudong/write/[type]/', () => (inScope.interaction() ? messageTypes().map((t) => ({ type: t.code })) : [])),
  interpretation: dynamicRoute('/interpretations/[id]/', async () =>
    inScope.disclosure() ? (await disclosure()).interpretations.map((i) => ({ id: i.id })) : [],
  ),
  journalList: dynamicRoute('/journals/list/[journal]/[...page]/', () =>
    inScope.submissionLine() ? journalsWithIssues().flatMap((j) => listPages(j.issues.length, PAGE_SIZE, { journal: j.id })) : [],
  ),
  journalIssue: dynamicRoute('/journals/[id]/', () => (inScope.submissionLine() ? allIssues().map((i) => ({ id: i.id })) : [])),
  policy: dynamicRoute('/policies/[id]/', async () => (inScope.disclosure() ? (await disclosure()).policies.map((p) => ({ id: p.id })) : [])),
  subsite: dynamicRoute('/subsites/[unit]/', async () => (await subsites()).map((site) => ({ unit: site.unitId }))),
  annualReport: dynamicRoute('/xxgk/annual-reports/[id]/', async () =>
    inScope.disclosure() ? (await disclosure()).reports.map((r) => ({ id: r.id })) : [],
  ),
  catalog: dynamicRoute('/xxgk/catalog/[code]/[...page]/', async () => {
    if (!inScope.disclosure()) return []
    const { categories, policies, interpretations } = await disclosure()
    const lists = await catalogLists(categories, policies, interpretations)
    return categories.flatMap((c) => listPages(lists.get(c.id)?.length ?? 0, PAGE_SIZE, { code: c.code }))
  }),
  disclosureSection: dynamicRoute('/xxgk/[section]/', () => (inScope.disclosure() ? [{ section: 'guide' }, { section: 'rules' }] : [])),
}

/**
 * Every route, static pages by their address, in the order the renderer walks them (the order
 * Astro lists routes in; a full publish split between processes deals pages out in it).
 */
export const ROUTES: (string | DynamicRoute)[] = [
  '/404',
  routes.article,
  routes.bulletin,
  '/bulletins/',
  routes.columnFeed,
  routes.columnList,
  '/hudong/lookup/',
  routes.replyList,
  routes.reply,
  '/hudong/stats/',
  routes.messageType,
  '/hudong/write/',
  '/hudong/',
  routes.interpretation,
  routes.journalList,
  routes.journalIssue,
  '/journals/',
  routes.policy,
  '/search/',
  '/sitemap/',
  routes.subsite,
  routes.annualReport,
  '/xxgk/annual-reports/',
  '/xxgk/apply/',
  routes.catalog,
  routes.disclosureSection,
  '/xxgk/',
  '/',
]

/** A route's address with these params: `[name]` is the param, `[...name]/` nothing when it is absent. */
export function fillPattern(pattern: string, params: Params): string {
  return pattern.replace(/\[(\.\.\.)?(\w+)\](\/?)/g, (_, rest: string | undefined, name: string, slash: string) => {
    const value = params[name]
    if (value === undefined) {
      if (rest) return ''
      throw new Error(`${pattern}：缺少参数 ${name}`)
    }
    return `${value}${slash}`
  })
}

/** The address of every page of the portal under the scope, in ROUTES order. */
export async function pagePaths(): Promise<string[]> {
  const paths: string[] = []
  for (const route of ROUTES) {
    if (typeof route === 'string') paths.push(route)
    else for (const params of await route.params()) paths.push(fillPattern(route.pattern, params))
  }
  return paths
}
