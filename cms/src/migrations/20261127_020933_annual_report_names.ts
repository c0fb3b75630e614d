import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Annual report table 四: `litigationAfterReconsideration` → `litigationAfterReview`, whose
 * version columns exceeded PostgreSQL's 63-character identifiers. Renamed, so data is kept
 * (PostgreSQL truncates the long names the same way in these statements).
 */
const FIELDS = ['upheld', 'corrected', 'other', 'pending', 'total']

function renames(from: string, to: string) {
  return FIELDS.flatMap((f) => [
    `ALTER TABLE "annual_reports" RENAME COLUMN "review_litigation_litigation_after_${from}_${f}" TO "review_litigation_litigation_after_${to}_${f}";`,
    `ALTER TABLE "_annual_reports_v" RENAME COLUMN "version_review_litigation_litigation_after_${from}_${f}" TO "version_review_litigation_litigation_after_${to}_${f}";`,
  ]).join('\n')
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(renames('reconsideration', 'review')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(renames('review', 'reconsideration')))
}
