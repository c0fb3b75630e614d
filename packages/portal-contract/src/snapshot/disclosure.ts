/**
 * The 政府信息公开 files of the snapshot (the CMS's exportDisclosure): the catalog, policies,
 * interpretations, annual reports and the section's settings.
 */
import { z } from 'zod'

import { isoDate } from './dates'

const day = isoDate().nullable()

/** What policies and interpretations share: the 公开 metadata and the HTML of the text. */
export const disclosureItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  indexNo: z.string().nullable(),
  subject: z.string().nullable(),
  categoryId: z.string().nullable(),
  issuer: z.string().nullable(),
  writtenAt: day,
  publishedAt: isoDate(),
  summary: z.string().nullable(),
  html: z.string(),
})

export const categorySchema = z.object({
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

export const policySchema = disclosureItemSchema.extend({
  docNo: z.string().nullable(),
  validity: z.string(),
  validityChangedAt: day,
  replacedById: z.string().nullable(),
})

export const interpretationSchema = disclosureItemSchema.extend({
  policyId: z.string().nullable(),
  form: z.string(),
  interpretingUnit: z.string().nullable(),
  interpreter: z.string().nullable(),
  contact: z.string().nullable(),
  mediaUrl: z.string().nullable(),
})

const counts = z.object({ issued: z.number(), repealed: z.number(), inForce: z.number() })
const results = z.object({ upheld: z.number(), corrected: z.number(), other: z.number(), pending: z.number(), total: z.number() })

export const annualReportSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  unitName: z.string().nullable(),
  publishedAt: isoDate(),
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

export const disclosureSettingsSchema = z.object({
  office: z.object({
    name: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    phone: z.string().nullable(),
    hours: z.string().nullable(),
  }),
  /** The CMS endpoint the 依申请公开 form posts to (the portal is static). */
  applicationEndpoint: z.string().url(),
  /** The form as the endpoint validates it, so page and endpoint ask for the same things. */
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

export const categoriesSchema = z.array(categorySchema)
export const policiesSchema = z.array(policySchema)
export const interpretationsSchema = z.array(interpretationSchema)
export const annualReportsSchema = z.array(annualReportSchema)

export type Category = z.output<typeof categorySchema>
export type CategoryJson = z.input<typeof categorySchema>
export type DisclosureItemJson = z.input<typeof disclosureItemSchema>
export type Policy = z.output<typeof policySchema>
export type PolicyJson = z.input<typeof policySchema>
export type Interpretation = z.output<typeof interpretationSchema>
export type InterpretationJson = z.input<typeof interpretationSchema>
export type AnnualReport = z.output<typeof annualReportSchema>
export type AnnualReportJson = z.input<typeof annualReportSchema>
export type DisclosureSettings = z.output<typeof disclosureSettingsSchema>
export type DisclosureSettingsJson = z.input<typeof disclosureSettingsSchema>
