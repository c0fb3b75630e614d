import { z } from 'zod'

/** The published revision of an article in the snapshot: its id, last change and column slug. */
export const revisionSchema = z.object({ collection: z.literal('articles'), id: z.string(), updatedAt: z.string(), column: z.string().nullable() })

/**
 * `manifest.json`: the counts the CMS reports (a build that rendered another number of article
 * pages fails), the revision of every article and digests of what every page shows — what the
 * publisher compares with the live release's copy to decide what to render again.
 */
export const manifestSchema = z.object({
  generatedAt: z.string(),
  counts: z.object({ articles: z.number().int().nonnegative(), columns: z.number().int().nonnegative() }),
  revisions: z.array(revisionSchema),
  /** A change of settings, columns or units means a full build; of the others, their section. */
  digests: z.object({
    settings: z.string(),
    columns: z.string(),
    units: z.string(),
    disclosure: z.string(),
    submissionLine: z.string(),
    interaction: z.string(),
  }),
})

export type PortalRevision = z.output<typeof revisionSchema>
export type PortalManifest = z.output<typeof manifestSchema>
