import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_check_words_list" AS ENUM('sensitive', 'typo', 'removed');
  CREATE TYPE "public"."enum_inspection_settings_column_rules_kind" AS ENUM('news', 'notice', 'policy', 'interpretation', 'disclosure');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'siteInspection' BEFORE 'workflowReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'siteInspection' BEFORE 'workflowReminders';
  CREATE TABLE "check_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"list" "enum_check_words_list" NOT NULL,
  	"word" varchar NOT NULL,
  	"correction" varchar,
  	"note" varchar,
  	"demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leaders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"unit_name" varchar,
  	"rank" numeric DEFAULT 100 NOT NULL,
  	"term_start" timestamp(3) with time zone,
  	"term_end" timestamp(3) with time zone,
  	"demo" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspection_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"trigger" varchar,
  	"vetoes" numeric DEFAULT 0 NOT NULL,
  	"deductions" numeric DEFAULT 0 NOT NULL,
  	"warnings" numeric DEFAULT 0 NOT NULL,
  	"items" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspection_settings_column_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_inspection_settings_column_rules_kind" NOT NULL,
  	"max_days" numeric DEFAULT 14 NOT NULL,
  	"warn_days" numeric DEFAULT 10 NOT NULL
  );
  
  CREATE TABLE "inspection_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"home_max_days" numeric DEFAULT 14 NOT NULL,
  	"home_warn_days" numeric DEFAULT 10 NOT NULL,
  	"long_stale_days" numeric DEFAULT 365 NOT NULL,
  	"veto_stale" numeric DEFAULT 5 NOT NULL,
  	"veto_long_stale" numeric DEFAULT 10 NOT NULL,
  	"veto_blank" numeric DEFAULT 5 NOT NULL,
  	"message_max_days" numeric DEFAULT 90 NOT NULL,
  	"message_warn_days" numeric DEFAULT 60 NOT NULL,
  	"external_link_sample" numeric DEFAULT 30 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "workflow_runs_signatures" ADD COLUMN "check_note" varchar;
  ALTER TABLE "workflow_runs" ADD COLUMN "content_check" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "check_words_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "leaders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inspection_reports_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "emblem_id" integer;
  ALTER TABLE "inspection_settings_column_rules" ADD CONSTRAINT "inspection_settings_column_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inspection_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "check_words_updated_at_idx" ON "check_words" USING btree ("updated_at");
  CREATE INDEX "check_words_created_at_idx" ON "check_words" USING btree ("created_at");
  CREATE UNIQUE INDEX "list_word_idx" ON "check_words" USING btree ("list","word");
  CREATE INDEX "leaders_updated_at_idx" ON "leaders" USING btree ("updated_at");
  CREATE INDEX "leaders_created_at_idx" ON "leaders" USING btree ("created_at");
  CREATE INDEX "inspection_reports_started_at_idx" ON "inspection_reports" USING btree ("started_at");
  CREATE INDEX "inspection_reports_updated_at_idx" ON "inspection_reports" USING btree ("updated_at");
  CREATE INDEX "inspection_reports_created_at_idx" ON "inspection_reports" USING btree ("created_at");
  CREATE INDEX "inspection_settings_column_rules_order_idx" ON "inspection_settings_column_rules" USING btree ("_order");
  CREATE INDEX "inspection_settings_column_rules_parent_id_idx" ON "inspection_settings_column_rules" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_check_words_fk" FOREIGN KEY ("check_words_id") REFERENCES "public"."check_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leaders_fk" FOREIGN KEY ("leaders_id") REFERENCES "public"."leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspection_reports_fk" FOREIGN KEY ("inspection_reports_id") REFERENCES "public"."inspection_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_emblem_id_media_id_fk" FOREIGN KEY ("emblem_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_check_words_id_idx" ON "payload_locked_documents_rels" USING btree ("check_words_id");
  CREATE INDEX "payload_locked_documents_rels_leaders_id_idx" ON "payload_locked_documents_rels" USING btree ("leaders_id");
  CREATE INDEX "payload_locked_documents_rels_inspection_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("inspection_reports_id");
  CREATE INDEX "site_settings_emblem_idx" ON "site_settings" USING btree ("emblem_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "check_words" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leaders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_settings_column_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inspection_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "check_words" CASCADE;
  DROP TABLE "leaders" CASCADE;
  DROP TABLE "inspection_reports" CASCADE;
  DROP TABLE "inspection_settings_column_rules" CASCADE;
  DROP TABLE "inspection_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_check_words_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_leaders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inspection_reports_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_emblem_id_media_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'interactionAlarms', 'workflowReminders', 'auditCheckpoint', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'interactionAlarms', 'workflowReminders', 'auditCheckpoint', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_check_words_id_idx";
  DROP INDEX "payload_locked_documents_rels_leaders_id_idx";
  DROP INDEX "payload_locked_documents_rels_inspection_reports_id_idx";
  DROP INDEX "site_settings_emblem_idx";
  ALTER TABLE "workflow_runs_signatures" DROP COLUMN "check_note";
  ALTER TABLE "workflow_runs" DROP COLUMN "content_check";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "check_words_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "leaders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inspection_reports_id";
  ALTER TABLE "site_settings" DROP COLUMN "emblem_id";
  DROP TYPE "public"."enum_check_words_list";
  DROP TYPE "public"."enum_inspection_settings_column_rules_kind";`)
}
