/**
 * What each dynamic page of the portal shows, from its params alone (`Astro.params`), or null
 * when the params name nothing: the page then answers 404. The static build and the
 * publisher's page renderer (which renders pages on demand, without getStaticPaths) both get a
 * page's data from here. Lookups are indexed once per version of the snapshot, so rendering
 * every article of a large portal stays linear.
 */
import { type Category, disclosure, type DisclosureItem, type Interpretation, itemsOf, type Policy, categoryUrl } from '../disclosure'
import { messageTypes, publishedReplies, type PublishedReply, REPLIES_PAGE_SIZE, repliesUrl } from '../interaction'
import { allArticles, allColumns, type Article, articlesOf, type Column, columnUrl, PAGE_SIZE, subsites } from '../portal'
import { allBulletins, allIssues, type Bulletin, type JournalIssue, journalListUrl, journalsWithIssues } from '../submissionLine'
import { listPage, pageNumber } from './pagination'

/**
 * `compute(...sources)`, computed again only when a source is another object: the snapshot's
 * readers hand out the same arrays until their file changes.
 */
function perSnapshot<Sources extends readonly object[], Value>(compute: (...sources: Sources) => Value): (...sources: Sources) => Value {
  let last: { sources: Sources; value: Value } | null = null
  return (...sources) => {
    if (last && last.sources.every((source, i) => source === sources[i])) return last.value
    last = { sources, value: compute(...sources) }
    return last.value
  }
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]))

/** Items grouped by a key, each group in the items' order. */
function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k !== null) (groups.get(k) ?? groups.set(k, []).get(k)!).push(item)
  }
  return groups
}

/** A URL builder's address without its trailing slash: how the pager links a list's pages. */
const listBase = (url: string) => url.replace(/\/$/, '')

const articlesById = perSnapshot(byId<Article>)
const columnsBySlug = perSnapshot((columns: Column[]) => new Map(columns.map((c) => [c.slug, c])))

export async function articlePage(id: string | undefined): Promise<{ article: Article; column: Column | null } | null> {
  const article = articlesById(await allArticles()).get(id ?? '')
  if (!article) return null
  return { article, column: article.columnSlug ? (columnsBySlug(await allColumns()).get(article.columnSlug) ?? null) : null }
}

async function columnOf(slug: string | undefined) {
  return columnsBySlug(await allColumns()).get(slug ?? '') ?? null
}

/** Page `page` (the `[...page]` param) of a column's list of articles. */
export async function columnListPage(slug: string | undefined, page: string | undefined) {
  const column = await columnOf(slug)
  if (!column) return null
  const list = listPage(await articlesOf(column.slug), { base: listBase(columnUrl(column)), size: PAGE_SIZE, number: pageNumber(page) })
  return list && { column, page: list }
}

/** A column's RSS feed. */
export async function columnFeed(slug: string | undefined): Promise<{ column: Column } | null> {
  const column = await columnOf(slug)
  return column && { column }
}

export async function subsitePage(unit: string | undefined) {
  return (await subsites()).find((site) => site.unitId === unit) ?? null
}

const policyIndex = perSnapshot((policies: Policy[], interpretations: Interpretation[]) => ({
  byId: byId(policies),
  /** The policies each policy replaced (they name it as their replacement). */
  replaced: groupBy(policies, (p) => p.replacedById),
  interpretations: groupBy(interpretations, (i) => i.policyId),
}))
const interpretationsById = perSnapshot(byId<Interpretation>)

export async function policyPage(id: string | undefined) {
  const { policies, interpretations } = await disclosure()
  const index = policyIndex(policies, interpretations)
  const policy = index.byId.get(id ?? '')
  if (!policy) return null
  return {
    policy,
    replacement: policy.replacedById ? (index.byId.get(policy.replacedById) ?? null) : null,
    replaces: index.replaced.get(policy.id) ?? [],
    interpretations: index.interpretations.get(policy.id) ?? [],
  }
}

export async function interpretationPage(id: string | undefined) {
  const { policies, interpretations } = await disclosure()
  const interpretation = interpretationsById(interpretations).get(id ?? '')
  if (!interpretation) return null
  const policy = interpretation.policyId ? (policyIndex(policies, interpretations).byId.get(interpretation.policyId) ?? null) : null
  return { interpretation, policy }
}

export async function annualReportPage(id: string | undefined) {
  return (await disclosure()).reports.find((report) => report.id === id) ?? null
}

/** 政府信息公开指南 or 政府信息公开制度. */
export function disclosureSectionPage(section: string | undefined): 'guide' | 'rules' | null {
  return section === 'guide' || section === 'rules' ? section : null
}

/**
 * Every catalog category's items (its own and its children's), by category id; computed again
 * when any of the three files it reads changed.
 */
export const catalogLists = perSnapshot(
  async (categories: Category[], _policies: Policy[], _interpretations: Interpretation[]): Promise<Map<string, DisclosureItem[]>> =>
    new Map(await Promise.all(categories.map(async (c) => [c.id, await itemsOf(c)] as const))),
)

/** Page `page` of a catalog category's list. */
export async function catalogPage(code: string | undefined, page: string | undefined) {
  const { categories, policies, interpretations } = await disclosure()
  const category = categories.find((c) => c.code === code)
  if (!category) return null
  const items = (await catalogLists(categories, policies, interpretations)).get(category.id) ?? []
  const list = listPage(items, { base: listBase(categoryUrl(category)), size: PAGE_SIZE, number: pageNumber(page) })
  return list && { category, categories, page: list }
}

const issuesById = perSnapshot(byId<JournalIssue>)
const bulletinsById = perSnapshot(byId<Bulletin>)

export function journalIssuePage(id: string | undefined): JournalIssue | null {
  return issuesById(allIssues()).get(id ?? '') ?? null
}

/** Page `page` of a journal's list of issues. */
export function journalListPage(journalId: string | undefined, page: string | undefined) {
  const found = journalsWithIssues().find((j) => j.id === journalId)
  if (!found) return null
  const { issues, ...journal } = found
  const list = listPage(issues, { base: listBase(journalListUrl(journal)), size: PAGE_SIZE, number: pageNumber(page) })
  return list && { journal, page: list }
}

export function bulletinPage(id: string | undefined): Bulletin | null {
  return bulletinsById(allBulletins()).get(id ?? '') ?? null
}

const repliesById = perSnapshot(byId<PublishedReply>)

export function replyPage(id: string | undefined): PublishedReply | null {
  return repliesById(publishedReplies()).get(id ?? '') ?? null
}

/** Page `page` of the published replies. */
export function repliesListPage(page: string | undefined) {
  return listPage(publishedReplies(), { base: listBase(repliesUrl), size: REPLIES_PAGE_SIZE, number: pageNumber(page) })
}

/** The form for one message type. */
export function messageTypePage(code: string | undefined) {
  return messageTypes().find((type) => type.code === code) ?? null
}
