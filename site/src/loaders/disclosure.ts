import { z } from 'astro/zod'

import { snapshotFile } from './snapshot'

/**
 * The 政府信息公开 part of the snapshot (written by the CMS's exportDisclosure): the catalog,
 * policies, interpretations, annual reports and the section's settings.
 */
const day = z.coerce.date().nullable()

const disclosureItem = {
  id: z.string(),
  title: z.string(),
  indexNo: z.string().nullable(),
  subject: z.string().nullable(),
  categoryId: z.string().nullable(),
  issuer: z.string().nullable(),
  writtenAt: day,
  publishedAt: z.coerce.date(),
  summary: z.string().nullable(),
  html: z.string(),
}

const categorySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  section: z.enum(['guide', 'rules', 'statutory', 'annualReport']).nullable(),
  order: z.number(),
  responsibleUnits: z.array(z.string()),
  responsibility: z.string().nullable(),
  timeLimitDays: z.number().nullable(),
  timeLimitNote: z.string().nullable(),
  channels: z.array(z.string()),
  description: z.string().nullable(),
})

const policySchema = z.object({
  ...disclosureItem,
  docNo: z.string().nullable(),
  validity: z.string(),
  validityChangedAt: day,
  replacedById: z.string().nullable(),
})

const interpretationSchema = z.object({
  ...disclosureItem,
  policyId: z.string().nullable(),
  form: z.string(),
  interpretingUnit: z.string().nullable(),
  interpreter: z.string().nullable(),
  contact: z.string().nullable(),
  mediaUrl: z.string().nullable(),
})

const counts = z.object({ issued: z.number(), repealed: z.number(), inForce: z.number() })
const results = z.object({ upheld: z.number(), corrected: z.number(), other: z.number(), pending: z.number(), total: z.number() })

const annualReportSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  unitName: z.string().nullable(),
  publishedAt: z.coerce.date(),
  overview: z.string(),
  activeDisclosure: z.object({
    regulations: counts,
    normativeDocs: counts,
    licensing: z.number(),
    penalties: z.number(),
    enforcement: z.number(),
    feesAmount: z.number(),
  }),
  applications: z.object({
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    rows: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(z.number()) })),
  }),
  reviewLitigation: z.object({ reconsideration: results, litigationDirect: results, litigationAfterReview: results }),
  problems: z.string(),
  otherMatters: z.string(),
})

const disclosureSettingsSchema = z.object({
  office: z.object({
    name: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    phone: z.string().nullable(),
    hours: z.string().nullable(),
  }),
  applicationEndpoint: z.string().url(),
  applicationForm: z.object({
    fields: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        type: z.enum(['text', 'tel', 'email', 'textarea', 'select']),
        required: z.boolean(),
        hint: z.string().optional(),
        autocomplete: z.string().optional(),
        options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
      }),
    ),
    honeypot: z.string(),
  }),
})

export type Category = z.infer<typeof categorySchema>
export type Policy = z.infer<typeof policySchema>
export type Interpretation = z.infer<typeof interpretationSchema>
export type AnnualReport = z.infer<typeof annualReportSchema>

const newestFirst = <T extends { publishedAt: Date }>(items: T[]) => items.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())

/** Catalog items in catalog order. */
export const loadCategories = snapshotFile('disclosure-categories.json', z.array(categorySchema), {
  prepare: (categories) => categories.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code)),
})
export const loadPolicies = snapshotFile('policies.json', z.array(policySchema), { prepare: newestFirst })
export const loadInterpretations = snapshotFile('interpretations.json', z.array(interpretationSchema), { prepare: newestFirst })
export const loadAnnualReports = snapshotFile('annual-reports.json', z.array(annualReportSchema), { prepare: (reports) => reports.sort((a, b) => b.year - a.year) })
export const loadDisclosureSettings = snapshotFile('disclosure-settings.json', disclosureSettingsSchema)
