import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_publish_logs_status" AS ENUM('running', 'succeeded', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'publishPortal' BEFORE 'workflowReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'publishPortal' BEFORE 'workflowReminders';
  CREATE TABLE "publish_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_publish_logs_status" NOT NULL,
  	"trigger" varchar,
  	"summary" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"release" varchar,
  	"revisions" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publish_logs_id" integer;
  CREATE INDEX "publish_logs_updated_at_idx" ON "publish_logs" USING btree ("updated_at");
  CREATE INDEX "publish_logs_created_at_idx" ON "publish_logs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_logs_fk" FOREIGN KEY ("publish_logs_id") REFERENCES "public"."publish_logs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publish_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_logs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "publish_logs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "publish_logs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publish_logs_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_publish_logs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publish_logs_id";
  DROP TYPE "public"."enum_publish_logs_status";`)
}
