import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_form_definitions_fields_columns_type" AS ENUM('text', 'textarea', 'number', 'integer', 'money', 'date', 'datetime', 'select', 'checkbox', 'url', 'phone');
  CREATE TYPE "public"."enum_form_definitions_fields_type" AS ENUM('text', 'textarea', 'number', 'integer', 'money', 'date', 'datetime', 'select', 'checkbox', 'url', 'phone', 'table');
  CREATE TYPE "public"."enum_form_definitions_rules_type" AS ENUM('sum', 'lte');
  CREATE TYPE "public"."enum_form_definitions_deadline_type" AS ENUM('none', 'workingDaysAfter', 'yearlyDate');
  CREATE TYPE "public"."enum_form_definitions_period" AS ENUM('none', 'month', 'year');
  CREATE TYPE "public"."enum_form_definitions_on_approval" AS ENUM('none', 'createColumn', 'registerLinks');
  CREATE TYPE "public"."enum_form_filings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__form_filings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_registered_links_last_status" AS ENUM('ok', 'dead', 'skipped');
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'form-filings';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkRegisteredLinks' BEFORE 'workflowReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkRegisteredLinks' BEFORE 'workflowReminders';
  CREATE TABLE "form_definitions_fields_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"column" numeric,
  	"type" "enum_form_definitions_fields_columns_type" DEFAULT 'text',
  	"required" boolean DEFAULT false,
  	"min" numeric,
  	"optional_when_field" varchar,
  	"optional_when_value" varchar,
  	"options" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "form_definitions_fields" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"column" numeric,
  	"type" "enum_form_definitions_fields_type" DEFAULT 'text' NOT NULL,
  	"required" boolean DEFAULT false,
  	"min" numeric,
  	"optional_when_field" varchar,
  	"optional_when_value" varchar,
  	"options" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "form_definitions_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_form_definitions_rules_type" NOT NULL,
  	"target" varchar NOT NULL,
  	"items" varchar NOT NULL,
  	"message" varchar
  );
  
  CREATE TABLE "form_definitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"basis" varchar,
  	"instructions" varchar,
  	"office_id" integer NOT NULL,
  	"workflow_id" integer NOT NULL,
  	"deadline_type" "enum_form_definitions_deadline_type" DEFAULT 'none',
  	"deadline_field" varchar,
  	"deadline_days" numeric,
  	"due_month" numeric,
  	"due_day" numeric,
  	"period" "enum_form_definitions_period" DEFAULT 'none',
  	"period_field" varchar,
  	"rollup_due_day" numeric,
  	"rollup_table" varchar,
  	"title_field" varchar,
  	"rollup_note" varchar,
  	"on_approval" "enum_form_definitions_on_approval" DEFAULT 'none',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_definitions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "form_filings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"form_id" integer,
  	"unit_id" integer,
  	"data" jsonb,
  	"period" varchar,
  	"due_at" timestamp(3) with time zone,
  	"deadline_note" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_form_filings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_form_filings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_form_id" integer,
  	"version_unit_id" integer,
  	"version_data" jsonb,
  	"version_period" varchar,
  	"version_due_at" timestamp(3) with time zone,
  	"version_deadline_note" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__form_filings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "registered_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"host" varchar NOT NULL,
  	"position" varchar,
  	"unit_id" integer,
  	"filing_id" integer,
  	"active" boolean DEFAULT true,
  	"last_checked_at" timestamp(3) with time zone,
  	"last_status" "enum_registered_links_last_status",
  	"last_result" varchar,
  	"failures" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "form_definitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "form_filings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registered_links_id" integer;
  ALTER TABLE "form_definitions_fields_columns" ADD CONSTRAINT "form_definitions_fields_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_definitions_fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_definitions_fields" ADD CONSTRAINT "form_definitions_fields_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_definitions_rules" ADD CONSTRAINT "form_definitions_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_definitions" ADD CONSTRAINT "form_definitions_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_definitions" ADD CONSTRAINT "form_definitions_workflow_id_workflow_definitions_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflow_definitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_definitions_rels" ADD CONSTRAINT "form_definitions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."form_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_definitions_rels" ADD CONSTRAINT "form_definitions_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_filings" ADD CONSTRAINT "form_filings_form_id_form_definitions_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."form_definitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_filings" ADD CONSTRAINT "form_filings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_filings" ADD CONSTRAINT "form_filings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_form_filings_v" ADD CONSTRAINT "_form_filings_v_parent_id_form_filings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."form_filings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_form_filings_v" ADD CONSTRAINT "_form_filings_v_version_form_id_form_definitions_id_fk" FOREIGN KEY ("version_form_id") REFERENCES "public"."form_definitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_form_filings_v" ADD CONSTRAINT "_form_filings_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_form_filings_v" ADD CONSTRAINT "_form_filings_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registered_links" ADD CONSTRAINT "registered_links_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registered_links" ADD CONSTRAINT "registered_links_filing_id_form_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."form_filings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "form_definitions_fields_columns_order_idx" ON "form_definitions_fields_columns" USING btree ("_order");
  CREATE INDEX "form_definitions_fields_columns_parent_id_idx" ON "form_definitions_fields_columns" USING btree ("_parent_id");
  CREATE INDEX "form_definitions_fields_order_idx" ON "form_definitions_fields" USING btree ("_order");
  CREATE INDEX "form_definitions_fields_parent_id_idx" ON "form_definitions_fields" USING btree ("_parent_id");
  CREATE INDEX "form_definitions_rules_order_idx" ON "form_definitions_rules" USING btree ("_order");
  CREATE INDEX "form_definitions_rules_parent_id_idx" ON "form_definitions_rules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "form_definitions_code_idx" ON "form_definitions" USING btree ("code");
  CREATE INDEX "form_definitions_office_idx" ON "form_definitions" USING btree ("office_id");
  CREATE INDEX "form_definitions_workflow_idx" ON "form_definitions" USING btree ("workflow_id");
  CREATE INDEX "form_definitions_updated_at_idx" ON "form_definitions" USING btree ("updated_at");
  CREATE INDEX "form_definitions_created_at_idx" ON "form_definitions" USING btree ("created_at");
  CREATE INDEX "form_definitions_rels_order_idx" ON "form_definitions_rels" USING btree ("order");
  CREATE INDEX "form_definitions_rels_parent_idx" ON "form_definitions_rels" USING btree ("parent_id");
  CREATE INDEX "form_definitions_rels_path_idx" ON "form_definitions_rels" USING btree ("path");
  CREATE INDEX "form_definitions_rels_units_id_idx" ON "form_definitions_rels" USING btree ("units_id");
  CREATE INDEX "form_filings_form_idx" ON "form_filings" USING btree ("form_id");
  CREATE INDEX "form_filings_unit_idx" ON "form_filings" USING btree ("unit_id");
  CREATE INDEX "form_filings_period_idx" ON "form_filings" USING btree ("period");
  CREATE INDEX "form_filings_due_at_idx" ON "form_filings" USING btree ("due_at");
  CREATE INDEX "form_filings_created_by_idx" ON "form_filings" USING btree ("created_by_id");
  CREATE INDEX "form_filings_updated_at_idx" ON "form_filings" USING btree ("updated_at");
  CREATE INDEX "form_filings_created_at_idx" ON "form_filings" USING btree ("created_at");
  CREATE INDEX "form_filings__status_idx" ON "form_filings" USING btree ("_status");
  CREATE INDEX "_form_filings_v_parent_idx" ON "_form_filings_v" USING btree ("parent_id");
  CREATE INDEX "_form_filings_v_version_version_form_idx" ON "_form_filings_v" USING btree ("version_form_id");
  CREATE INDEX "_form_filings_v_version_version_unit_idx" ON "_form_filings_v" USING btree ("version_unit_id");
  CREATE INDEX "_form_filings_v_version_version_period_idx" ON "_form_filings_v" USING btree ("version_period");
  CREATE INDEX "_form_filings_v_version_version_due_at_idx" ON "_form_filings_v" USING btree ("version_due_at");
  CREATE INDEX "_form_filings_v_version_version_created_by_idx" ON "_form_filings_v" USING btree ("version_created_by_id");
  CREATE INDEX "_form_filings_v_version_version_updated_at_idx" ON "_form_filings_v" USING btree ("version_updated_at");
  CREATE INDEX "_form_filings_v_version_version_created_at_idx" ON "_form_filings_v" USING btree ("version_created_at");
  CREATE INDEX "_form_filings_v_version_version__status_idx" ON "_form_filings_v" USING btree ("version__status");
  CREATE INDEX "_form_filings_v_created_at_idx" ON "_form_filings_v" USING btree ("created_at");
  CREATE INDEX "_form_filings_v_updated_at_idx" ON "_form_filings_v" USING btree ("updated_at");
  CREATE INDEX "_form_filings_v_latest_idx" ON "_form_filings_v" USING btree ("latest");
  CREATE INDEX "registered_links_url_idx" ON "registered_links" USING btree ("url");
  CREATE INDEX "registered_links_host_idx" ON "registered_links" USING btree ("host");
  CREATE INDEX "registered_links_unit_idx" ON "registered_links" USING btree ("unit_id");
  CREATE INDEX "registered_links_filing_idx" ON "registered_links" USING btree ("filing_id");
  CREATE INDEX "registered_links_updated_at_idx" ON "registered_links" USING btree ("updated_at");
  CREATE INDEX "registered_links_created_at_idx" ON "registered_links" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_definitions_fk" FOREIGN KEY ("form_definitions_id") REFERENCES "public"."form_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_filings_fk" FOREIGN KEY ("form_filings_id") REFERENCES "public"."form_filings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registered_links_fk" FOREIGN KEY ("registered_links_id") REFERENCES "public"."registered_links"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_form_definitions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_definitions_id");
  CREATE INDEX "payload_locked_documents_rels_form_filings_id_idx" ON "payload_locked_documents_rels" USING btree ("form_filings_id");
  CREATE INDEX "payload_locked_documents_rels_registered_links_id_idx" ON "payload_locked_documents_rels" USING btree ("registered_links_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "form_definitions_fields_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_definitions_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_definitions_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_definitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_definitions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_filings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_form_filings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registered_links" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "form_definitions_fields_columns" CASCADE;
  DROP TABLE "form_definitions_fields" CASCADE;
  DROP TABLE "form_definitions_rules" CASCADE;
  DROP TABLE "form_definitions" CASCADE;
  DROP TABLE "form_definitions_rels" CASCADE;
  DROP TABLE "form_filings" CASCADE;
  DROP TABLE "_form_filings_v" CASCADE;
  DROP TABLE "registered_links" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_form_definitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_form_filings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registered_links_fk";
  
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_collection";
  CREATE TYPE "public"."enum_workflow_definitions_collection" AS ENUM('articles', 'it-projects', 'policies', 'interpretations', 'annual-reports', 'submissions', 'journal-issues', 'bulletins', 'message-replies');
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflow_definitions_collection" USING "collection"::"public"."enum_workflow_definitions_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'interactionAlarms', 'siteInspection', 'workflowReminders', 'auditCheckpoint', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'interactionAlarms', 'siteInspection', 'workflowReminders', 'auditCheckpoint', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_form_definitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_form_filings_id_idx";
  DROP INDEX "payload_locked_documents_rels_registered_links_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "form_definitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "form_filings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registered_links_id";
  DROP TYPE "public"."enum_form_definitions_fields_columns_type";
  DROP TYPE "public"."enum_form_definitions_fields_type";
  DROP TYPE "public"."enum_form_definitions_rules_type";
  DROP TYPE "public"."enum_form_definitions_deadline_type";
  DROP TYPE "public"."enum_form_definitions_period";
  DROP TYPE "public"."enum_form_definitions_on_approval";
  DROP TYPE "public"."enum_form_filings_status";
  DROP TYPE "public"."enum__form_filings_v_version_status";
  DROP TYPE "public"."enum_registered_links_last_status";`)
}
