import { urls } from '@gov/portal-contract'

import {
  type AnnualReport,
  type Category,
  type Interpretation,
  loadAnnualReports,
  loadCategories,
  loadDisclosureSettings,
  loadInterpretations,
  loadPolicies,
  type Policy,
} from '../loaders/disclosure'

export type { AnnualReport, Category, Interpretation, Policy }
/** A row of a catalog list: a policy or an interpretation. */
export type DisclosureItem = (Policy & { kind: 'policy' }) | (Interpretation & { kind: 'interpretation' })

export const SECTION_NAMES = { guide: '政府信息公开指南', rules: '政府信息公开制度', statutory: '法定主动公开内容', annualReport: '政府信息公开年报' } as const

export const policyUrl = (p: Pick<Policy, 'id'>) => urls.policy(p.id)
export const interpretationUrl = (i: Pick<Interpretation, 'id'>) => urls.interpretation(i.id)
export const itemUrl = (item: DisclosureItem) => (item.kind === 'policy' ? policyUrl(item) : interpretationUrl(item))
/** Page `page` (from 1) of the catalog item's list. */
export const categoryUrl = (c: Pick<Category, 'code'>, page = 1) => urls.catalog(c.code, page)
export const reportUrl = (r: Pick<AnnualReport, 'id'>) => urls.annualReport(r.id)
export const disclosureUrl = urls.disclosure()
export const sectionUrl = (section: 'guide' | 'rules') => urls.disclosureSection(section)
export const annualReportsUrl = urls.annualReports()
export const applyUrl = urls.apply()

/** The section's content: the catalog in order, policies, interpretations and reports newest first. */
export async function disclosure() {
  return { categories: loadCategories(), policies: loadPolicies(), interpretations: loadInterpretations(), reports: loadAnnualReports() }
}

export async function disclosureSettings() {
  return loadDisclosureSettings()
}

/** Level-one items of a section with their level-two children, in catalog order. */
export function tree(categories: Category[], section: Category['section']) {
  return categories
    .filter((c) => !c.parentId && c.section === section)
    .map((c) => ({ ...c, children: categories.filter((child) => child.parentId === c.id) }))
}

/** The items filed under a category or any of its children, newest first. */
export async function itemsOf(category: Category): Promise<DisclosureItem[]> {
  const { categories, policies, interpretations } = await disclosure()
  const ids = new Set([category.id, ...categories.filter((c) => c.parentId === category.id).map((c) => c.id)])
  return [
    ...policies.filter((p) => p.categoryId && ids.has(p.categoryId)).map((p) => ({ ...p, kind: 'policy' as const })),
    ...interpretations.filter((i) => i.categoryId && ids.has(i.categoryId)).map((i) => ({ ...i, kind: 'interpretation' as const })),
  ].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
}
