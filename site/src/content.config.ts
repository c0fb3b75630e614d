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

// Articles are not in the content layer: see loaders/articles.ts.
export const collections = { columns, settings }
