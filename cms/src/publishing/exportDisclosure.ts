/**
 * The 政府信息公开 part of the portal snapshot: the catalog, policies and interpretations the
 * public may read (the collections' read rule: published, 主动公开, not 涉密), published annual
 * reports and the office that receives applications — read as an anonymous visitor, with
 * labels resolved so the site shows words, not codes. Small next to the articles, so written
 * whole every time; its digest tells the publisher whether the section must be rendered again.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  type AnnualReportJson,
  type CategoryJson,
  type DisclosureItemJson,
  type DisclosureSettingsJson,
  type InterpretationJson,
  type PolicyJson,
  SNAPSHOT_FILES,
} from '@gov/portal-contract'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { CHANNELS, INTERPRETATION_FORMS, VALIDITY } from '../disclosure/constants'
import { subjectLabel } from '../disclosure/subjects'
import { COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_ROWS } from '../disclosure/annualReport/table3'
import { APPLICANT_KINDS, CHANNELS as DELIVERY, FIELD_LABELS, FORMATS, HONEYPOT_FIELD } from '../disclosure/applications/fields'
import { ORG_TYPES } from '../disclosure/outcomes'

type Related = { id: number } | number | null | undefined
const relId = (value: Related) => (value && typeof value === 'object' ? String(value.id) : value == null ? null : String(value))
const label = (options: { value: string; label: { zh: string } }[], value: string | null | undefined) => options.find((o) => o.value === value)?.label.zh ?? null
const html = (value: unknown) => (value ? convertLexicalToHTML({ data: value as never, disableContainer: true }) : '')
const day = (value: string | null | undefined) => value ?? null
const zh = (options: { value: string; label: { zh: string } }[]) => options.map((o) => ({ value: o.value, label: o.label.zh }))

/**
 * The 依申请公开 form as the CMS endpoint validates it (names, labels, choices), so the portal
 * page and the endpoint's own error page ask for the same things in the same words.
 */
function applicationForm(): DisclosureSettingsJson['applicationForm'] {
  type Field = { name: keyof typeof FIELD_LABELS; type: 'text' | 'tel' | 'email' | 'textarea' | 'select'; required: boolean; hint?: string; options?: { value: string; label: string }[]; autocomplete?: string }
  const fields: Field[] = [
    { name: 'applicantKind', type: 'select', required: true, options: zh(APPLICANT_KINDS) },
    { name: 'orgType', type: 'select', required: false, hint: '法人或者其他组织填写', options: ORG_TYPES.map((t) => ({ value: t.key, label: t.label })) },
    { name: 'name', type: 'text', required: true, autocomplete: 'name' },
    { name: 'idNumber', type: 'text', required: true, hint: '公民填写身份证号码，法人或者其他组织填写统一社会信用代码' },
    { name: 'contactName', type: 'text', required: false, hint: '法人或者其他组织填写' },
    { name: 'phone', type: 'tel', required: true, autocomplete: 'tel' },
    { name: 'email', type: 'email', required: false, autocomplete: 'email' },
    { name: 'address', type: 'text', required: true, autocomplete: 'street-address' },
    { name: 'postcode', type: 'text', required: false, autocomplete: 'postal-code' },
    { name: 'description', type: 'textarea', required: true, hint: '请写明文件名称、发文字号或者便于查询的其他特征性描述' },
    { name: 'purpose', type: 'textarea', required: false },
    { name: 'format', type: 'select', required: false, options: zh(FORMATS) },
    { name: 'channel', type: 'select', required: false, options: zh(DELIVERY) },
  ]
  return { fields: fields.map((f) => ({ ...f, label: FIELD_LABELS[f.name] })), honeypot: HONEYPOT_FIELD }
}

export type DisclosureDigest = { digest: string; counts: { policies: number; interpretations: number; reports: number } }

export async function exportDisclosure(payload: Payload, outDir: string): Promise<DisclosureDigest> {
  const asPublic = { overrideAccess: false, user: null, pagination: false, draft: false } as const
  const [categories, policies, interpretations, reports, settings, units] = await Promise.all([
    payload.find({ collection: 'disclosure-categories', depth: 0, sort: 'order', ...asPublic }),
    payload.find({ collection: 'policies', depth: 0, sort: '-publishedAt', where: { _status: { equals: 'published' } }, ...asPublic }),
    payload.find({ collection: 'interpretations', depth: 0, sort: '-publishedAt', where: { _status: { equals: 'published' } }, ...asPublic }),
    payload.find({ collection: 'annual-reports', depth: 0, sort: '-year', where: { _status: { equals: 'published' } }, ...asPublic }),
    payload.findGlobal({ slug: 'disclosure-settings', depth: 0, overrideAccess: false, user: null }),
    payload.find({ collection: 'units', depth: 0, pagination: false, overrideAccess: false, user: null }),
  ])
  const unitNames = new Map(units.docs.map((u) => [String(u.id), u.name]))
  const publicPolicies = new Set(policies.docs.map((p) => String(p.id)))

  const portalCategories = categories.docs.map((c): CategoryJson => ({
    id: String(c.id),
    code: c.code,
    name: c.name,
    parentId: relId(c.parent as Related),
    section: c.section ?? null,
    order: c.order ?? 0,
    responsibleUnits: ((c.responsibleUnits ?? []) as Related[]).map((u) => unitNames.get(relId(u) ?? '') ?? '').filter(Boolean),
    responsibility: c.responsibility ?? null,
    timeLimitDays: c.timeLimitDays ?? null,
    timeLimitNote: c.timeLimitNote ?? null,
    channels: ((c.channels ?? []) as string[]).map((v) => label(CHANNELS, v) ?? v),
    description: c.description ?? null,
  }))

  const metadata = (d: Record<string, unknown>): DisclosureItemJson => ({
    id: String(d.id),
    title: d.title as string,
    indexNo: (d.indexNo as string | null) ?? null,
    subject: subjectLabel(d.subject as string | null) ?? null,
    categoryId: relId(d.category as Related),
    issuer: (d.issuer as string | null) ?? null,
    writtenAt: day(d.writtenAt as string | null),
    publishedAt: (d.publishedAt as string | null) ?? (d.updatedAt as string),
    summary: (d.summary as string | null) ?? null,
    html: html(d.body),
  })

  const portalPolicies = policies.docs.map((p): PolicyJson => ({
    ...metadata(p as unknown as Record<string, unknown>),
    docNo: p.docNo ?? null,
    validity: label(VALIDITY, p.validity) ?? '有效',
    validityChangedAt: day(p.validityChangedAt),
    // Only a replacement the public can read is linked.
    replacedById: relId(p.replacedBy as Related) && publicPolicies.has(relId(p.replacedBy as Related)!) ? relId(p.replacedBy as Related) : null,
  }))

  const portalInterpretations = interpretations.docs.map((i): InterpretationJson => ({
    ...metadata(i as unknown as Record<string, unknown>),
    policyId: relId(i.policy as Related) && publicPolicies.has(relId(i.policy as Related)!) ? relId(i.policy as Related) : null,
    form: label(INTERPRETATION_FORMS, i.form) ?? '文字解读',
    interpretingUnit: i.interpretingUnit ?? null,
    interpreter: i.interpreter ?? null,
    contact: i.contact ?? null,
    // Only web links: a javascript: or data: address typed in the CMS never becomes a link.
    mediaUrl: i.mediaUrl && /^https?:\/\//i.test(i.mediaUrl) ? i.mediaUrl : null,
  }))

  type Counts = { issued?: number | null; repealed?: number | null; inForce?: number | null } | null | undefined
  type Result = { upheld?: number | null; corrected?: number | null; other?: number | null; pending?: number | null; total?: number | null } | null | undefined
  const counts = (c: Counts) => ({ issued: c?.issued ?? 0, repealed: c?.repealed ?? 0, inForce: c?.inForce ?? 0 })
  const result = (r: Result) => ({ upheld: r?.upheld ?? 0, corrected: r?.corrected ?? 0, other: r?.other ?? 0, pending: r?.pending ?? 0, total: r?.total ?? 0 })
  const portalReports = reports.docs.map((r): AnnualReportJson => {
    const stats = (r.applicationStats ?? {}) as Record<string, Record<string, number>>
    const active = r.activeDisclosure ?? {}
    const review = r.reviewLitigation ?? {}
    return {
      id: String(r.id),
      title: r.title,
      year: r.year,
      unitName: unitNames.get(relId(r.unit as Related) ?? '') ?? null,
      publishedAt: r.updatedAt,
      overview: html(r.overview),
      activeDisclosure: {
        regulations: counts(active.regulations as Counts),
        normativeDocs: counts(active.normativeDocs as Counts),
        licensing: active.licensing ?? 0,
        penalties: active.penalties ?? 0,
        enforcement: active.enforcement ?? 0,
        feesAmount: active.feesAmount ?? 0,
      },
      applications: {
        columns: TABLE3_COLUMNS.map((key) => ({ key, label: COLUMN_LABELS[key] })),
        rows: TABLE3_ROWS.map((row) => ({ key: row.key, label: row.label, values: TABLE3_COLUMNS.map((c) => stats[row.key]?.[c] ?? 0) })),
      },
      reviewLitigation: {
        reconsideration: result(review.reconsideration as Result),
        litigationDirect: result(review.litigationDirect as Result),
        litigationAfterReview: result(review.litigationAfterReview as Result),
      },
      problems: html(r.problems),
      otherMatters: html(r.otherMatters),
    }
  })

  const office = (settings as { office?: Record<string, string | null> }).office ?? {}
  const disclosureSettings: DisclosureSettingsJson = {
    office: { name: office.name ?? null, address: office.address ?? null, postcode: office.postcode ?? null, phone: office.phone ?? null, hours: office.hours ?? null },
    // The 依申请公开 form posts to the CMS; the portal is static.
    applicationEndpoint: `${(process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '')}/api/disclosure/applications`,
    applicationForm: applicationForm(),
  }

  const files: Record<string, unknown> = {
    [SNAPSHOT_FILES.categories]: portalCategories,
    [SNAPSHOT_FILES.policies]: portalPolicies,
    [SNAPSHOT_FILES.interpretations]: portalInterpretations,
    [SNAPSHOT_FILES.annualReports]: portalReports,
    [SNAPSHOT_FILES.disclosureSettings]: disclosureSettings,
  }
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(outDir, name)
    await fs.writeFile(`${file}.tmp-${process.pid}`, JSON.stringify(value))
    await fs.rename(`${file}.tmp-${process.pid}`, file)
  }
  return {
    digest: crypto.createHash('sha1').update(JSON.stringify(files)).digest('hex'),
    counts: { policies: portalPolicies.length, interpretations: portalInterpretations.length, reports: portalReports.length },
  }
}
