import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_workflow_notifications_kind" AS ENUM('assigned', 'approved', 'rejected', 'returned', 'delegated', 'emergency', 'dueSoon', 'overdue');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'workflowReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'workflowReminders' BEFORE 'schedulePublish';
  CREATE TABLE "workflow_notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" "enum_workflow_notifications_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"message" varchar,
  	"link" varchar,
  	"run_id" varchar,
  	"read" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "workflow_runs" ADD COLUMN "reminded_stage" numeric;
  ALTER TABLE "workflow_runs" ADD COLUMN "reminded_kind" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_notifications_id" integer;
  ALTER TABLE "workflow_notifications" ADD CONSTRAINT "workflow_notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "workflow_notifications_recipient_idx" ON "workflow_notifications" USING btree ("recipient_id");
  CREATE INDEX "workflow_notifications_run_id_idx" ON "workflow_notifications" USING btree ("run_id");
  CREATE INDEX "workflow_notifications_read_idx" ON "workflow_notifications" USING btree ("read");
  CREATE INDEX "workflow_notifications_updated_at_idx" ON "workflow_notifications" USING btree ("updated_at");
  CREATE INDEX "workflow_notifications_created_at_idx" ON "workflow_notifications" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_notifications_fk" FOREIGN KEY ("workflow_notifications_id") REFERENCES "public"."workflow_notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_workflow_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflow_notifications" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_notifications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_workflow_notifications_id_idx";
  ALTER TABLE "workflow_runs" DROP COLUMN "reminded_stage";
  ALTER TABLE "workflow_runs" DROP COLUMN "reminded_kind";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_notifications_id";
  DROP TYPE "public"."enum_workflow_notifications_kind";`)
}
