/** The files of the content snapshot (files.js). */
export declare const SNAPSHOT_FILES: {
  readonly manifest: 'manifest.json'
  readonly settings: 'settings.json'
  readonly columns: 'columns.json'
  readonly articles: 'articles.json'
  readonly categories: 'disclosure-categories.json'
  readonly policies: 'policies.json'
  readonly interpretations: 'interpretations.json'
  readonly annualReports: 'annual-reports.json'
  readonly disclosureSettings: 'disclosure-settings.json'
  readonly submissionLine: 'submission-line.json'
  readonly interaction: 'interaction.json'
}

export type SnapshotFile = (typeof SNAPSHOT_FILES)[keyof typeof SNAPSHOT_FILES]

/** Folders of the snapshot. */
export declare const SNAPSHOT_DIRS: { readonly bodies: 'bodies'; readonly media: 'media' }
