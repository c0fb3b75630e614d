import {
  type AnnualReport,
  annualReportsSchema,
  categoriesSchema,
  type Category,
  disclosureSettingsSchema,
  type Interpretation,
  interpretationsSchema,
  policiesSchema,
  type Policy,
  SNAPSHOT_FILES,
} from '@gov/portal-contract'

import { snapshotFile } from './snapshot'

export type { AnnualReport, Category, Interpretation, Policy }

/**
 * The 政府信息公开 part of the snapshot (written by the CMS's exportDisclosure, schemas in the
 * contract): the catalog, policies, interpretations, annual reports and the section's settings.
 */

const newestFirst = <T extends { publishedAt: Date }>(items: T[]) => items.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())

/** Catalog items in catalog order. */
export const loadCategories = snapshotFile(SNAPSHOT_FILES.categories, categoriesSchema, {
  prepare: (categories) => categories.sort((a, b) => a.order - b.order || a.code.localeCompare(b.code)),
})
export const loadPolicies = snapshotFile(SNAPSHOT_FILES.policies, policiesSchema, { prepare: newestFirst })
export const loadInterpretations = snapshotFile(SNAPSHOT_FILES.interpretations, interpretationsSchema, { prepare: newestFirst })
export const loadAnnualReports = snapshotFile(SNAPSHOT_FILES.annualReports, annualReportsSchema, { prepare: (reports) => reports.sort((a, b) => b.year - a.year) })
export const loadDisclosureSettings = snapshotFile(SNAPSHOT_FILES.disclosureSettings, disclosureSettingsSchema)
