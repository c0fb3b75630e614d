import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_outcome" AS ENUM('success', 'failure');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'login';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'loginFailed';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'lockout';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'unlock';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'logout';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'userCreate';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'userUpdate';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'userDelete';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'roleChange';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'passwordChange';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'passwordReset';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'emailChange';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'configChange';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'personalDataRead';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'personalDataExport';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'mediaReplace';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'auditExport';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'auditArchive';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'auditCheckpoint' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'auditCheckpoint' BEFORE 'schedulePublish';
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "media" ADD COLUMN "unit_id" integer;
  ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "password_changed_at" timestamp(3) with time zone;
  ALTER TABLE "audit_log" ADD COLUMN "outcome" "enum_audit_log_outcome";
  ALTER TABLE "audit_log" ADD COLUMN "subject" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "detail" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "mac" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "account_security_password_max_age_days" numeric DEFAULT 90;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_users_id_idx" ON "users_rels" USING btree ("users_id");
  ALTER TABLE "media" ADD CONSTRAINT "media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_unit_idx" ON "media" USING btree ("unit_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_unit_id_units_id_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'reject', 'return', 'withdraw', 'delegate', 'emergency', 'void', 'publish', 'file');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'workflowReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'workflowReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_unit_idx";
  DROP INDEX "audit_log_at_idx";
  DROP INDEX "audit_log_action_idx";
  DROP INDEX "audit_log_subject_idx";
  ALTER TABLE "media" DROP COLUMN "unit_id";
  ALTER TABLE "users" DROP COLUMN "must_change_password";
  ALTER TABLE "users" DROP COLUMN "password_changed_at";
  ALTER TABLE "audit_log" DROP COLUMN "outcome";
  ALTER TABLE "audit_log" DROP COLUMN "subject";
  ALTER TABLE "audit_log" DROP COLUMN "detail";
  ALTER TABLE "audit_log" DROP COLUMN "mac";
  ALTER TABLE "site_settings" DROP COLUMN "account_security_password_max_age_days";
  DROP TYPE "public"."enum_audit_log_outcome";`)
}
