import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "journal_issues" ALTER COLUMN "classification" DROP DEFAULT;
  ALTER TABLE "_journal_issues_v" ALTER COLUMN "version_classification" DROP DEFAULT;
  ALTER TABLE "journals" ADD COLUMN "report_to" varchar;
  ALTER TABLE "journals" ADD COLUMN "copy_to" varchar;
  ALTER TABLE "journal_issues" ADD COLUMN "report_to" varchar;
  ALTER TABLE "journal_issues" ADD COLUMN "copy_to" varchar;
  ALTER TABLE "_journal_issues_v" ADD COLUMN "version_report_to" varchar;
  ALTER TABLE "_journal_issues_v" ADD COLUMN "version_copy_to" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "journal_issues" ALTER COLUMN "classification" SET DEFAULT 'internal';
  ALTER TABLE "_journal_issues_v" ALTER COLUMN "version_classification" SET DEFAULT 'internal';
  ALTER TABLE "journals" DROP COLUMN "report_to";
  ALTER TABLE "journals" DROP COLUMN "copy_to";
  ALTER TABLE "journal_issues" DROP COLUMN "report_to";
  ALTER TABLE "journal_issues" DROP COLUMN "copy_to";
  ALTER TABLE "_journal_issues_v" DROP COLUMN "version_report_to";
  ALTER TABLE "_journal_issues_v" DROP COLUMN "version_copy_to";`)
}
