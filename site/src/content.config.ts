import { defineCollection, z } from 'astro:content'

import { portalLoader } from './loaders/portal'

const columns = defineCollection({
  loader: portalLoader('columns.json'),
  schema: z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    kind: z.enum(['news', 'notice', 'policy', 'interpretation', 'disclosure', 'general']),
    parentId: z.string().nullable(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    description: z.string().nullable(),
    showOnHome: z.boolean(),
    order: z.number(),
  }),
})

const settings = defineCollection({
  loader: portalLoader('settings.json'),
  schema: z.object({
    siteName: z.string(),
    siteDomain: z.string().nullish(),
    host: z.string(),
    operator: z.string().nullish(),
    siteIdCode: z.string().nullish(),
    icpRecord: z.string().nullish(),
    psbRecord: z.string().nullish(),
    psbRecordLink: z.string().nullish(),
    errorReportUrl: z.string().nullish(),
    conacMarkUrl: z.string().nullish(),
    contact: z
      .object({
        address: z.string().nullish(),
        postcode: z.string().nullish(),
        phone: z.string().nullish(),
        email: z.string().nullish(),
      })
      .nullish(),
  }),
})

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

const disclosureCategories = defineCollection({
  loader: portalLoader('disclosure-categories.json'),
  schema: z.object({
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
  }),
})

const policies = defineCollection({
  loader: portalLoader('policies.json'),
  schema: z.object({
    ...disclosureItem,
    docNo: z.string().nullable(),
    validity: z.string(),
    validityChangedAt: day,
    replacedById: z.string().nullable(),
  }),
})

const interpretations = defineCollection({
  loader: portalLoader('interpretations.json'),
  schema: z.object({
    ...disclosureItem,
    policyId: z.string().nullable(),
    form: z.string(),
    interpretingUnit: z.string().nullable(),
    interpreter: z.string().nullable(),
    contact: z.string().nullable(),
    mediaUrl: z.string().nullable(),
  }),
})

const counts = z.object({ issued: z.number(), repealed: z.number(), inForce: z.number() })
const results = z.object({ upheld: z.number(), corrected: z.number(), other: z.number(), pending: z.number(), total: z.number() })

const annualReports = defineCollection({
  loader: portalLoader('annual-reports.json'),
  schema: z.object({
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
  }),
})

const disclosureSettings = defineCollection({
  loader: portalLoader('disclosure-settings.json'),
  schema: z.object({
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
  }),
})

// Articles are not in the content layer: see loaders/articles.ts.
export const collections = { columns, settings, disclosureCategories, policies, interpretations, annualReports, disclosureSettings }
