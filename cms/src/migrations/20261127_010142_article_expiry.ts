import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'expireArticles' BEFORE 'workflowReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'expireArticles' BEFORE 'workflowReminders';
  ALTER TABLE "articles" ADD COLUMN "expires_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_expires_at" timestamp(3) with time zone;
  CREATE INDEX "articles_expires_at_idx" ON "articles" USING btree ("expires_at");
  CREATE INDEX "_articles_v_version_version_expires_at_idx" ON "_articles_v" USING btree ("version_expires_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishPortal', 'workflowReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishPortal', 'workflowReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_expires_at_idx";
  DROP INDEX "_articles_v_version_version_expires_at_idx";
  ALTER TABLE "articles" DROP COLUMN "expires_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_expires_at";`)
}
