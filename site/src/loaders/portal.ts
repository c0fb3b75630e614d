import { z } from 'astro/zod'

import { portalImageSchema } from './image'
import { snapshotFile } from './snapshot'

const columnSchema = z.object({
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
})

const settingsSchema = z.object({
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
  /** The 党政机关 mark's image, uploaded by the administrator (never bundled). */
  conacMark: portalImageSchema.nullish(),
  contact: z
    .object({
      address: z.string().nullish(),
      postcode: z.string().nullish(),
      phone: z.string().nullish(),
      email: z.string().nullish(),
    })
    .nullish(),
})

export type Column = z.infer<typeof columnSchema>
export type SiteSettings = z.infer<typeof settingsSchema>

/** The portal's columns in menu order. */
export const loadColumns = snapshotFile('columns.json', z.array(columnSchema), { prepare: (columns) => columns.sort((a, b) => a.order - b.order) })

/** 网站设置: names, 备案 numbers, contact. */
export const loadSettings = snapshotFile('settings.json', settingsSchema)
