import type { z } from 'zod'

import type { SNAPSHOT_FILES } from '../files'
import { articlesSchema } from './articles'
import { annualReportsSchema, categoriesSchema, disclosureSettingsSchema, interpretationsSchema, policiesSchema } from './disclosure'
import { interactionSchema } from './interaction'
import { manifestSchema } from './manifest'
import { columnsSchema, settingsSchema } from './portal'
import { submissionLineSchema } from './submissionLine'

/** The schema of every JSON file of the snapshot, by the key of its name in SNAPSHOT_FILES (a file without one fails the typecheck). */
export const snapshotSchemas = {
  manifest: manifestSchema,
  settings: settingsSchema,
  columns: columnsSchema,
  articles: articlesSchema,
  categories: categoriesSchema,
  policies: policiesSchema,
  interpretations: interpretationsSchema,
  annualReports: annualReportsSchema,
  disclosureSettings: disclosureSettingsSchema,
  submissionLine: submissionLineSchema,
  interaction: interactionSchema,
} satisfies Record<keyof typeof SNAPSHOT_FILES, z.ZodTypeAny>
