/**
 * The files of the content snapshot the CMS writes and the site reads (one folder, named by
 * PORTAL_CONTENT_DIR). Each JSON file's shape is a zod schema of this package (snapshot/).
 */
export const SNAPSHOT_FILES = Object.freeze({
  /** Counts, article revisions and digests (manifest.ts). */
  manifest: 'manifest.json',
  settings: 'settings.json',
  columns: 'columns.json',
  /** Article metadata; each body is a file of its own under `bodies/`. */
  articles: 'articles.json',
  categories: 'disclosure-categories.json',
  policies: 'policies.json',
  interpretations: 'interpretations.json',
  annualReports: 'annual-reports.json',
  disclosureSettings: 'disclosure-settings.json',
  submissionLine: 'submission-line.json',
  interaction: 'interaction.json',
})

/** Folders of the snapshot: article bodies (HTML) and the images the pages show. */
export const SNAPSHOT_DIRS = Object.freeze({ bodies: 'bodies', media: 'media' })
