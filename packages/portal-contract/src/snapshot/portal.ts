import { z } from 'zod'

import { portalImageSchema } from './image'

/** A column in `columns.json`. */
export const columnSchema = z.object({
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

export const columnsSchema = z.array(columnSchema)

/** 网站设置 (`settings.json`): names, 备案 numbers, contact — what every page's header and footer show. */
export const settingsSchema = z.object({
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
  /** The 党政机关 mark's image, uploaded by the administrator (never bundled). */
  conacMark: portalImageSchema.nullish(),
})

export type Column = z.output<typeof columnSchema>
export type ColumnJson = z.input<typeof columnSchema>
export type SiteSettings = z.output<typeof settingsSchema>
export type SiteSettingsJson = z.input<typeof settingsSchema>
