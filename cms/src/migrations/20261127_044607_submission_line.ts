import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_submissions_type" AS ENUM('dynamic', 'experience', 'problem', 'suggestion', 'research');
  CREATE TYPE "public"."enum_submissions_urgency" AS ENUM('normal', 'urgent', 'veryUrgent');
  CREATE TYPE "public"."enum_submissions_line_status" AS ENUM('draft', 'sent', 'adopted', 'returned');
  CREATE TYPE "public"."enum_submissions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__submissions_v_version_type" AS ENUM('dynamic', 'experience', 'problem', 'suggestion', 'research');
  CREATE TYPE "public"."enum__submissions_v_version_urgency" AS ENUM('normal', 'urgent', 'veryUrgent');
  CREATE TYPE "public"."enum__submissions_v_version_line_status" AS ENUM('draft', 'sent', 'adopted', 'returned');
  CREATE TYPE "public"."enum__submissions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_submission_receipts_office_level" AS ENUM('township', 'county', 'city', 'province', 'national', 'subsidiary', 'group');
  CREATE TYPE "public"."enum_submission_receipts_adoption_mode" AS ENUM('full', 'summary', 'combined');
  CREATE TYPE "public"."enum_submission_receipts_status" AS ENUM('pending', 'adopted', 'forwarded', 'adoptedForwarded', 'returned');
  CREATE TYPE "public"."enum_instructions_leader_level" AS ENUM('countyMain', 'county', 'cityMain', 'city', 'province', 'national');
  CREATE TYPE "public"."enum_journals_kind" AS ENUM('yaoqing', 'kuaixun', 'zhuanbao', 'xinxi', 'other');
  CREATE TYPE "public"."enum_journals_classification" AS ENUM('public', 'internal', 'secret', 'confidential');
  CREATE TYPE "public"."enum_journal_issues_items_mode" AS ENUM('full', 'summary', 'combined');
  CREATE TYPE "public"."enum_journal_issues_classification" AS ENUM('public', 'internal', 'secret', 'confidential');
  CREATE TYPE "public"."enum_journal_issues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__journal_issues_v_version_items_mode" AS ENUM('full', 'summary', 'combined');
  CREATE TYPE "public"."enum__journal_issues_v_version_classification" AS ENUM('public', 'internal', 'secret', 'confidential');
  CREATE TYPE "public"."enum__journal_issues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_bulletins_period_type" AS ENUM('month', 'quarter', 'year');
  CREATE TYPE "public"."enum_bulletins_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bulletins_v_version_period_type" AS ENUM('month', 'quarter', 'year');
  CREATE TYPE "public"."enum__bulletins_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_submission_categories_group" AS ENUM('focus', 'daily', 'topic');
  CREATE TYPE "public"."enum_submission_events_type" AS ENUM('received', 'adopted', 'returned', 'instruction');
  CREATE TYPE "public"."enum_submission_events_office_level" AS ENUM('township', 'county', 'city', 'province', 'national', 'subsidiary', 'group');
  CREATE TYPE "public"."enum_submission_events_journal_kind" AS ENUM('yaoqing', 'kuaixun', 'zhuanbao', 'xinxi', 'other');
  CREATE TYPE "public"."enum_submission_events_adoption_mode" AS ENUM('full', 'summary', 'combined');
  CREATE TYPE "public"."enum_submission_events_leader_level" AS ENUM('countyMain', 'county', 'cityMain', 'city', 'province', 'national');
  CREATE TYPE "public"."enum_submission_settings_rules_event" AS ENUM('received', 'adopted', 'returned', 'instruction');
  CREATE TYPE "public"."enum_submission_settings_rules_office_level" AS ENUM('township', 'county', 'city', 'province', 'national', 'subsidiary', 'group');
  CREATE TYPE "public"."enum_submission_settings_rules_journal_kind" AS ENUM('yaoqing', 'kuaixun', 'zhuanbao', 'xinxi', 'other');
  CREATE TYPE "public"."enum_submission_settings_rules_leader_level" AS ENUM('countyMain', 'county', 'cityMain', 'city', 'province', 'national');
  CREATE TYPE "public"."enum_submission_settings_rules_credit_to" AS ENUM('both', 'origin', 'forwarders');
  ALTER TYPE "public"."enum_units_level" ADD VALUE 'national' BEFORE 'province';
  ALTER TYPE "public"."enum_units_level" ADD VALUE 'group';
  ALTER TYPE "public"."enum_units_level" ADD VALUE 'subsidiary';
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'infoEditor' BEFORE 'sysAdmin';
  ALTER TYPE "public"."enum_workflow_definitions_stages_role" ADD VALUE 'infoEditor' BEFORE 'sysAdmin';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'submissions';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'journal-issues';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'bulletins';
  CREATE TABLE "submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"category_id" integer,
  	"type" "enum_submissions_type" DEFAULT 'dynamic',
  	"urgency" "enum_submissions_urgency" DEFAULT 'normal',
  	"research_situation" varchar,
  	"research_problems" varchar,
  	"research_analysis" varchar,
  	"research_suggestions" varchar,
  	"body" jsonb,
  	"writer" varchar,
  	"writer_phone" varchar,
  	"commission_id" integer,
  	"unit_id" integer,
  	"line_status" "enum_submissions_line_status" DEFAULT 'draft',
  	"sent_at" timestamp(3) with time zone,
  	"return_reason" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_submissions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"submission_files_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "_submissions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_category_id" integer,
  	"version_type" "enum__submissions_v_version_type" DEFAULT 'dynamic',
  	"version_urgency" "enum__submissions_v_version_urgency" DEFAULT 'normal',
  	"version_research_situation" varchar,
  	"version_research_problems" varchar,
  	"version_research_analysis" varchar,
  	"version_research_suggestions" varchar,
  	"version_body" jsonb,
  	"version_writer" varchar,
  	"version_writer_phone" varchar,
  	"version_commission_id" integer,
  	"version_unit_id" integer,
  	"version_line_status" "enum__submissions_v_version_line_status" DEFAULT 'draft',
  	"version_sent_at" timestamp(3) with time zone,
  	"version_return_reason" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__submissions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_submissions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"submission_files_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "submission_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"submission_id" integer NOT NULL,
  	"origin_unit_id" integer,
  	"from_unit_id" integer,
  	"office_id" integer,
  	"office_level" "enum_submission_receipts_office_level",
  	"received_at" timestamp(3) with time zone,
  	"previous_id" integer,
  	"adoption_mode" "enum_submission_receipts_adoption_mode",
  	"adopted_in_id" integer,
  	"forward" boolean,
  	"return_reason" varchar,
  	"status" "enum_submission_receipts_status" DEFAULT 'pending',
  	"forwarded_to_id" integer,
  	"handled_by_id" integer,
  	"handled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "submission_receipts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "commissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" varchar NOT NULL,
  	"requirements" varchar,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"office_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "commissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "instructions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"submission_id" integer NOT NULL,
  	"leader_name" varchar NOT NULL,
  	"leader_level" "enum_instructions_leader_level" NOT NULL,
  	"instructed_at" timestamp(3) with time zone NOT NULL,
  	"text" varchar NOT NULL,
  	"feedback_due" timestamp(3) with time zone,
  	"feedback" varchar,
  	"summary" varchar,
  	"origin_unit_id" integer,
  	"office_id" integer,
  	"feedback_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "journals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_journals_kind" DEFAULT 'xinxi' NOT NULL,
  	"office_id" integer NOT NULL,
  	"classification" "enum_journals_classification" DEFAULT 'internal' NOT NULL,
  	"copies" numeric,
  	"total_base" numeric DEFAULT 0,
  	"distribution" varchar,
  	"public" boolean DEFAULT false,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "journal_issues_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"mode" "enum_journal_issues_items_mode",
  	"source_unit" varchar
  );
  
  CREATE TABLE "journal_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"journal_id" integer,
  	"issue_date" timestamp(3) with time zone,
  	"supplement" boolean DEFAULT false,
  	"year" numeric,
  	"number" numeric,
  	"total" numeric,
  	"editor_note" varchar,
  	"classification" "enum_journal_issues_classification" DEFAULT 'internal',
  	"copies" numeric,
  	"editor_name" varchar,
  	"distribution" varchar,
  	"public" boolean DEFAULT false,
  	"classified" boolean,
  	"office_id" integer,
  	"signer" varchar,
  	"signed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_journal_issues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "journal_issues_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"submissions_id" integer
  );
  
  CREATE TABLE "_journal_issues_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"mode" "enum__journal_issues_v_version_items_mode",
  	"source_unit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_journal_issues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_journal_id" integer,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_supplement" boolean DEFAULT false,
  	"version_year" numeric,
  	"version_number" numeric,
  	"version_total" numeric,
  	"version_editor_note" varchar,
  	"version_classification" "enum__journal_issues_v_version_classification" DEFAULT 'internal',
  	"version_copies" numeric,
  	"version_editor_name" varchar,
  	"version_distribution" varchar,
  	"version_public" boolean DEFAULT false,
  	"version_classified" boolean,
  	"version_office_id" integer,
  	"version_signer" varchar,
  	"version_signed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__journal_issues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_journal_issues_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"submissions_id" integer
  );
  
  CREATE TABLE "bulletins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"period_type" "enum_bulletins_period_type" DEFAULT 'month',
  	"year" numeric,
  	"period" numeric,
  	"intro" varchar,
  	"rows" jsonb,
  	"totals" jsonb,
  	"office_id" integer,
  	"generated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bulletins_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_bulletins_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_period_type" "enum__bulletins_v_version_period_type" DEFAULT 'month',
  	"version_year" numeric,
  	"version_period" numeric,
  	"version_intro" varchar,
  	"version_rows" jsonb,
  	"version_totals" jsonb,
  	"version_office_id" integer,
  	"version_generated_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bulletins_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "submission_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"group" "enum_submission_categories_group" DEFAULT 'focus' NOT NULL,
  	"description" varchar,
  	"active" boolean DEFAULT true,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "submission_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "submission_files_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "submission_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_submission_events_type" NOT NULL,
  	"submission_id" integer NOT NULL,
  	"origin_unit_id" integer NOT NULL,
  	"office_id" integer,
  	"office_level" "enum_submission_events_office_level",
  	"journal_id" integer,
  	"journal_kind" "enum_submission_events_journal_kind",
  	"adoption_mode" "enum_submission_events_adoption_mode",
  	"leader_level" "enum_submission_events_leader_level",
  	"instruction_id" integer,
  	"receipt_id" integer,
  	"note" varchar,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "submission_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "submission_settings_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"event" "enum_submission_settings_rules_event" NOT NULL,
  	"points" numeric NOT NULL,
  	"office_level" "enum_submission_settings_rules_office_level",
  	"journal_kind" "enum_submission_settings_rules_journal_kind",
  	"leader_level" "enum_submission_settings_rules_leader_level",
  	"credit_to" "enum_submission_settings_rules_credit_to" DEFAULT 'both'
  );
  
  CREATE TABLE "submission_settings_annual_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"unit_id" integer NOT NULL,
  	"target_score" numeric NOT NULL
  );
  
  CREATE TABLE "submission_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"monthly_quota" numeric DEFAULT 1 NOT NULL,
  	"default_annual_target" numeric DEFAULT 100 NOT NULL,
  	"feedback_days" numeric DEFAULT 10 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "units" ADD COLUMN "info_office_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submissions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_receipts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "commissions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "instructions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "journals_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "journal_issues_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bulletins_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submission_events_id" integer;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_category_id_submission_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."submission_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_commission_id_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."commissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_submission_files_fk" FOREIGN KEY ("submission_files_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_parent_id_submissions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_category_id_submission_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."submission_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_commission_id_commissions_id_fk" FOREIGN KEY ("version_commission_id") REFERENCES "public"."commissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v" ADD CONSTRAINT "_submissions_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_submissions_v_rels" ADD CONSTRAINT "_submissions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_submissions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_submissions_v_rels" ADD CONSTRAINT "_submissions_v_rels_submission_files_fk" FOREIGN KEY ("submission_files_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_submissions_v_rels" ADD CONSTRAINT "_submissions_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_previous_id_submission_receipts_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."submission_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_adopted_in_id_journal_issues_id_fk" FOREIGN KEY ("adopted_in_id") REFERENCES "public"."journal_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_forwarded_to_id_submission_receipts_id_fk" FOREIGN KEY ("forwarded_to_id") REFERENCES "public"."submission_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts" ADD CONSTRAINT "submission_receipts_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_receipts_rels" ADD CONSTRAINT "submission_receipts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submission_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_receipts_rels" ADD CONSTRAINT "submission_receipts_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "commissions" ADD CONSTRAINT "commissions_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commissions_rels" ADD CONSTRAINT "commissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."commissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "commissions_rels" ADD CONSTRAINT "commissions_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instructions" ADD CONSTRAINT "instructions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instructions" ADD CONSTRAINT "instructions_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instructions" ADD CONSTRAINT "instructions_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "journals" ADD CONSTRAINT "journals_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "journal_issues_items" ADD CONSTRAINT "journal_issues_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."journal_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "journal_issues" ADD CONSTRAINT "journal_issues_journal_id_journals_id_fk" FOREIGN KEY ("journal_id") REFERENCES "public"."journals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "journal_issues" ADD CONSTRAINT "journal_issues_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "journal_issues_rels" ADD CONSTRAINT "journal_issues_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."journal_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "journal_issues_rels" ADD CONSTRAINT "journal_issues_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_journal_issues_v_version_items" ADD CONSTRAINT "_journal_issues_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_journal_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_journal_issues_v" ADD CONSTRAINT "_journal_issues_v_parent_id_journal_issues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."journal_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_journal_issues_v" ADD CONSTRAINT "_journal_issues_v_version_journal_id_journals_id_fk" FOREIGN KEY ("version_journal_id") REFERENCES "public"."journals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_journal_issues_v" ADD CONSTRAINT "_journal_issues_v_version_office_id_units_id_fk" FOREIGN KEY ("version_office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_journal_issues_v_rels" ADD CONSTRAINT "_journal_issues_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_journal_issues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_journal_issues_v_rels" ADD CONSTRAINT "_journal_issues_v_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_parent_id_bulletins_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_office_id_units_id_fk" FOREIGN KEY ("version_office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_files_rels" ADD CONSTRAINT "submission_files_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_files_rels" ADD CONSTRAINT "submission_files_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_origin_unit_id_units_id_fk" FOREIGN KEY ("origin_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_journal_id_journals_id_fk" FOREIGN KEY ("journal_id") REFERENCES "public"."journals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_instruction_id_instructions_id_fk" FOREIGN KEY ("instruction_id") REFERENCES "public"."instructions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_events" ADD CONSTRAINT "submission_events_receipt_id_submission_receipts_id_fk" FOREIGN KEY ("receipt_id") REFERENCES "public"."submission_receipts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_events_rels" ADD CONSTRAINT "submission_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submission_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_events_rels" ADD CONSTRAINT "submission_events_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_settings_rules" ADD CONSTRAINT "submission_settings_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."submission_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submission_settings_annual_targets" ADD CONSTRAINT "submission_settings_annual_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submission_settings_annual_targets" ADD CONSTRAINT "submission_settings_annual_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."submission_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "submissions_category_idx" ON "submissions" USING btree ("category_id");
  CREATE INDEX "submissions_commission_idx" ON "submissions" USING btree ("commission_id");
  CREATE INDEX "submissions_unit_idx" ON "submissions" USING btree ("unit_id");
  CREATE INDEX "submissions_created_by_idx" ON "submissions" USING btree ("created_by_id");
  CREATE INDEX "submissions_updated_at_idx" ON "submissions" USING btree ("updated_at");
  CREATE INDEX "submissions_created_at_idx" ON "submissions" USING btree ("created_at");
  CREATE INDEX "submissions__status_idx" ON "submissions" USING btree ("_status");
  CREATE INDEX "submissions_rels_order_idx" ON "submissions_rels" USING btree ("order");
  CREATE INDEX "submissions_rels_parent_idx" ON "submissions_rels" USING btree ("parent_id");
  CREATE INDEX "submissions_rels_path_idx" ON "submissions_rels" USING btree ("path");
  CREATE INDEX "submissions_rels_submission_files_id_idx" ON "submissions_rels" USING btree ("submission_files_id");
  CREATE INDEX "submissions_rels_units_id_idx" ON "submissions_rels" USING btree ("units_id");
  CREATE INDEX "_submissions_v_parent_idx" ON "_submissions_v" USING btree ("parent_id");
  CREATE INDEX "_submissions_v_version_version_category_idx" ON "_submissions_v" USING btree ("version_category_id");
  CREATE INDEX "_submissions_v_version_version_commission_idx" ON "_submissions_v" USING btree ("version_commission_id");
  CREATE INDEX "_submissions_v_version_version_unit_idx" ON "_submissions_v" USING btree ("version_unit_id");
  CREATE INDEX "_submissions_v_version_version_created_by_idx" ON "_submissions_v" USING btree ("version_created_by_id");
  CREATE INDEX "_submissions_v_version_version_updated_at_idx" ON "_submissions_v" USING btree ("version_updated_at");
  CREATE INDEX "_submissions_v_version_version_created_at_idx" ON "_submissions_v" USING btree ("version_created_at");
  CREATE INDEX "_submissions_v_version_version__status_idx" ON "_submissions_v" USING btree ("version__status");
  CREATE INDEX "_submissions_v_created_at_idx" ON "_submissions_v" USING btree ("created_at");
  CREATE INDEX "_submissions_v_updated_at_idx" ON "_submissions_v" USING btree ("updated_at");
  CREATE INDEX "_submissions_v_latest_idx" ON "_submissions_v" USING btree ("latest");
  CREATE INDEX "_submissions_v_rels_order_idx" ON "_submissions_v_rels" USING btree ("order");
  CREATE INDEX "_submissions_v_rels_parent_idx" ON "_submissions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_submissions_v_rels_path_idx" ON "_submissions_v_rels" USING btree ("path");
  CREATE INDEX "_submissions_v_rels_submission_files_id_idx" ON "_submissions_v_rels" USING btree ("submission_files_id");
  CREATE INDEX "_submissions_v_rels_units_id_idx" ON "_submissions_v_rels" USING btree ("units_id");
  CREATE INDEX "submission_receipts_submission_idx" ON "submission_receipts" USING btree ("submission_id");
  CREATE INDEX "submission_receipts_origin_unit_idx" ON "submission_receipts" USING btree ("origin_unit_id");
  CREATE INDEX "submission_receipts_from_unit_idx" ON "submission_receipts" USING btree ("from_unit_id");
  CREATE INDEX "submission_receipts_office_idx" ON "submission_receipts" USING btree ("office_id");
  CREATE INDEX "submission_receipts_received_at_idx" ON "submission_receipts" USING btree ("received_at");
  CREATE INDEX "submission_receipts_previous_idx" ON "submission_receipts" USING btree ("previous_id");
  CREATE INDEX "submission_receipts_adopted_in_idx" ON "submission_receipts" USING btree ("adopted_in_id");
  CREATE INDEX "submission_receipts_status_idx" ON "submission_receipts" USING btree ("status");
  CREATE INDEX "submission_receipts_forwarded_to_idx" ON "submission_receipts" USING btree ("forwarded_to_id");
  CREATE INDEX "submission_receipts_handled_by_idx" ON "submission_receipts" USING btree ("handled_by_id");
  CREATE INDEX "submission_receipts_updated_at_idx" ON "submission_receipts" USING btree ("updated_at");
  CREATE INDEX "submission_receipts_created_at_idx" ON "submission_receipts" USING btree ("created_at");
  CREATE INDEX "submission_receipts_rels_order_idx" ON "submission_receipts_rels" USING btree ("order");
  CREATE INDEX "submission_receipts_rels_parent_idx" ON "submission_receipts_rels" USING btree ("parent_id");
  CREATE INDEX "submission_receipts_rels_path_idx" ON "submission_receipts_rels" USING btree ("path");
  CREATE INDEX "submission_receipts_rels_units_id_idx" ON "submission_receipts_rels" USING btree ("units_id");
  CREATE INDEX "commissions_deadline_idx" ON "commissions" USING btree ("deadline");
  CREATE INDEX "commissions_office_idx" ON "commissions" USING btree ("office_id");
  CREATE INDEX "commissions_updated_at_idx" ON "commissions" USING btree ("updated_at");
  CREATE INDEX "commissions_created_at_idx" ON "commissions" USING btree ("created_at");
  CREATE INDEX "commissions_rels_order_idx" ON "commissions_rels" USING btree ("order");
  CREATE INDEX "commissions_rels_parent_idx" ON "commissions_rels" USING btree ("parent_id");
  CREATE INDEX "commissions_rels_path_idx" ON "commissions_rels" USING btree ("path");
  CREATE INDEX "commissions_rels_units_id_idx" ON "commissions_rels" USING btree ("units_id");
  CREATE INDEX "instructions_submission_idx" ON "instructions" USING btree ("submission_id");
  CREATE INDEX "instructions_origin_unit_idx" ON "instructions" USING btree ("origin_unit_id");
  CREATE INDEX "instructions_office_idx" ON "instructions" USING btree ("office_id");
  CREATE INDEX "instructions_updated_at_idx" ON "instructions" USING btree ("updated_at");
  CREATE INDEX "instructions_created_at_idx" ON "instructions" USING btree ("created_at");
  CREATE INDEX "journals_office_idx" ON "journals" USING btree ("office_id");
  CREATE INDEX "journals_updated_at_idx" ON "journals" USING btree ("updated_at");
  CREATE INDEX "journals_created_at_idx" ON "journals" USING btree ("created_at");
  CREATE INDEX "journal_issues_items_order_idx" ON "journal_issues_items" USING btree ("_order");
  CREATE INDEX "journal_issues_items_parent_id_idx" ON "journal_issues_items" USING btree ("_parent_id");
  CREATE INDEX "journal_issues_journal_idx" ON "journal_issues" USING btree ("journal_id");
  CREATE INDEX "journal_issues_office_idx" ON "journal_issues" USING btree ("office_id");
  CREATE INDEX "journal_issues_updated_at_idx" ON "journal_issues" USING btree ("updated_at");
  CREATE INDEX "journal_issues_created_at_idx" ON "journal_issues" USING btree ("created_at");
  CREATE INDEX "journal_issues__status_idx" ON "journal_issues" USING btree ("_status");
  CREATE INDEX "journal_issues_rels_order_idx" ON "journal_issues_rels" USING btree ("order");
  CREATE INDEX "journal_issues_rels_parent_idx" ON "journal_issues_rels" USING btree ("parent_id");
  CREATE INDEX "journal_issues_rels_path_idx" ON "journal_issues_rels" USING btree ("path");
  CREATE INDEX "journal_issues_rels_submissions_id_idx" ON "journal_issues_rels" USING btree ("submissions_id");
  CREATE INDEX "_journal_issues_v_version_items_order_idx" ON "_journal_issues_v_version_items" USING btree ("_order");
  CREATE INDEX "_journal_issues_v_version_items_parent_id_idx" ON "_journal_issues_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_journal_issues_v_parent_idx" ON "_journal_issues_v" USING btree ("parent_id");
  CREATE INDEX "_journal_issues_v_version_version_journal_idx" ON "_journal_issues_v" USING btree ("version_journal_id");
  CREATE INDEX "_journal_issues_v_version_version_office_idx" ON "_journal_issues_v" USING btree ("version_office_id");
  CREATE INDEX "_journal_issues_v_version_version_updated_at_idx" ON "_journal_issues_v" USING btree ("version_updated_at");
  CREATE INDEX "_journal_issues_v_version_version_created_at_idx" ON "_journal_issues_v" USING btree ("version_created_at");
  CREATE INDEX "_journal_issues_v_version_version__status_idx" ON "_journal_issues_v" USING btree ("version__status");
  CREATE INDEX "_journal_issues_v_created_at_idx" ON "_journal_issues_v" USING btree ("created_at");
  CREATE INDEX "_journal_issues_v_updated_at_idx" ON "_journal_issues_v" USING btree ("updated_at");
  CREATE INDEX "_journal_issues_v_latest_idx" ON "_journal_issues_v" USING btree ("latest");
  CREATE INDEX "_journal_issues_v_rels_order_idx" ON "_journal_issues_v_rels" USING btree ("order");
  CREATE INDEX "_journal_issues_v_rels_parent_idx" ON "_journal_issues_v_rels" USING btree ("parent_id");
  CREATE INDEX "_journal_issues_v_rels_path_idx" ON "_journal_issues_v_rels" USING btree ("path");
  CREATE INDEX "_journal_issues_v_rels_submissions_id_idx" ON "_journal_issues_v_rels" USING btree ("submissions_id");
  CREATE INDEX "bulletins_office_idx" ON "bulletins" USING btree ("office_id");
  CREATE INDEX "bulletins_updated_at_idx" ON "bulletins" USING btree ("updated_at");
  CREATE INDEX "bulletins_created_at_idx" ON "bulletins" USING btree ("created_at");
  CREATE INDEX "bulletins__status_idx" ON "bulletins" USING btree ("_status");
  CREATE INDEX "_bulletins_v_parent_idx" ON "_bulletins_v" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_version_version_office_idx" ON "_bulletins_v" USING btree ("version_office_id");
  CREATE INDEX "_bulletins_v_version_version_updated_at_idx" ON "_bulletins_v" USING btree ("version_updated_at");
  CREATE INDEX "_bulletins_v_version_version_created_at_idx" ON "_bulletins_v" USING btree ("version_created_at");
  CREATE INDEX "_bulletins_v_version_version__status_idx" ON "_bulletins_v" USING btree ("version__status");
  CREATE INDEX "_bulletins_v_created_at_idx" ON "_bulletins_v" USING btree ("created_at");
  CREATE INDEX "_bulletins_v_updated_at_idx" ON "_bulletins_v" USING btree ("updated_at");
  CREATE INDEX "_bulletins_v_latest_idx" ON "_bulletins_v" USING btree ("latest");
  CREATE UNIQUE INDEX "submission_categories_name_idx" ON "submission_categories" USING btree ("name");
  CREATE INDEX "submission_categories_updated_at_idx" ON "submission_categories" USING btree ("updated_at");
  CREATE INDEX "submission_categories_created_at_idx" ON "submission_categories" USING btree ("created_at");
  CREATE INDEX "submission_files_unit_idx" ON "submission_files" USING btree ("unit_id");
  CREATE INDEX "submission_files_updated_at_idx" ON "submission_files" USING btree ("updated_at");
  CREATE INDEX "submission_files_created_at_idx" ON "submission_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "submission_files_filename_idx" ON "submission_files" USING btree ("filename");
  CREATE INDEX "submission_files_rels_order_idx" ON "submission_files_rels" USING btree ("order");
  CREATE INDEX "submission_files_rels_parent_idx" ON "submission_files_rels" USING btree ("parent_id");
  CREATE INDEX "submission_files_rels_path_idx" ON "submission_files_rels" USING btree ("path");
  CREATE INDEX "submission_files_rels_units_id_idx" ON "submission_files_rels" USING btree ("units_id");
  CREATE INDEX "submission_events_type_idx" ON "submission_events" USING btree ("type");
  CREATE INDEX "submission_events_submission_idx" ON "submission_events" USING btree ("submission_id");
  CREATE INDEX "submission_events_origin_unit_idx" ON "submission_events" USING btree ("origin_unit_id");
  CREATE INDEX "submission_events_office_idx" ON "submission_events" USING btree ("office_id");
  CREATE INDEX "submission_events_journal_idx" ON "submission_events" USING btree ("journal_id");
  CREATE INDEX "submission_events_instruction_idx" ON "submission_events" USING btree ("instruction_id");
  CREATE INDEX "submission_events_receipt_idx" ON "submission_events" USING btree ("receipt_id");
  CREATE INDEX "submission_events_occurred_at_idx" ON "submission_events" USING btree ("occurred_at");
  CREATE INDEX "submission_events_updated_at_idx" ON "submission_events" USING btree ("updated_at");
  CREATE INDEX "submission_events_created_at_idx" ON "submission_events" USING btree ("created_at");
  CREATE INDEX "submission_events_rels_order_idx" ON "submission_events_rels" USING btree ("order");
  CREATE INDEX "submission_events_rels_parent_idx" ON "submission_events_rels" USING btree ("parent_id");
  CREATE INDEX "submission_events_rels_path_idx" ON "submission_events_rels" USING btree ("path");
  CREATE INDEX "submission_events_rels_units_id_idx" ON "submission_events_rels" USING btree ("units_id");
  CREATE INDEX "submission_settings_rules_order_idx" ON "submission_settings_rules" USING btree ("_order");
  CREATE INDEX "submission_settings_rules_parent_id_idx" ON "submission_settings_rules" USING btree ("_parent_id");
  CREATE INDEX "submission_settings_annual_targets_order_idx" ON "submission_settings_annual_targets" USING btree ("_order");
  CREATE INDEX "submission_settings_annual_targets_parent_id_idx" ON "submission_settings_annual_targets" USING btree ("_parent_id");
  CREATE INDEX "submission_settings_annual_targets_unit_idx" ON "submission_settings_annual_targets" USING btree ("unit_id");
  ALTER TABLE "units" ADD CONSTRAINT "units_info_office_id_units_id_fk" FOREIGN KEY ("info_office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_receipts_fk" FOREIGN KEY ("submission_receipts_id") REFERENCES "public"."submission_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_commissions_fk" FOREIGN KEY ("commissions_id") REFERENCES "public"."commissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instructions_fk" FOREIGN KEY ("instructions_id") REFERENCES "public"."instructions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_journals_fk" FOREIGN KEY ("journals_id") REFERENCES "public"."journals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_journal_issues_fk" FOREIGN KEY ("journal_issues_id") REFERENCES "public"."journal_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletins_fk" FOREIGN KEY ("bulletins_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_categories_fk" FOREIGN KEY ("submission_categories_id") REFERENCES "public"."submission_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_files_fk" FOREIGN KEY ("submission_files_id") REFERENCES "public"."submission_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submission_events_fk" FOREIGN KEY ("submission_events_id") REFERENCES "public"."submission_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "units_info_office_idx" ON "units" USING btree ("info_office_id");
  CREATE INDEX "payload_locked_documents_rels_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("submissions_id");
  CREATE INDEX "payload_locked_documents_rels_submission_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_commissions_id_idx" ON "payload_locked_documents_rels" USING btree ("commissions_id");
  CREATE INDEX "payload_locked_documents_rels_instructions_id_idx" ON "payload_locked_documents_rels" USING btree ("instructions_id");
  CREATE INDEX "payload_locked_documents_rels_journals_id_idx" ON "payload_locked_documents_rels" USING btree ("journals_id");
  CREATE INDEX "payload_locked_documents_rels_journal_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("journal_issues_id");
  CREATE INDEX "payload_locked_documents_rels_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletins_id");
  CREATE INDEX "payload_locked_documents_rels_submission_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_categories_id");
  CREATE INDEX "payload_locked_documents_rels_submission_files_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_files_id");
  CREATE INDEX "payload_locked_documents_rels_submission_events_id_idx" ON "payload_locked_documents_rels" USING btree ("submission_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_submissions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_submissions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_receipts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_receipts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "commissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "commissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instructions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "journals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "journal_issues_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "journal_issues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "journal_issues_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_journal_issues_v_version_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_journal_issues_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_journal_issues_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "bulletins" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_bulletins_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_files_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_settings_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_settings_annual_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submission_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "submissions" CASCADE;
  DROP TABLE "submissions_rels" CASCADE;
  DROP TABLE "_submissions_v" CASCADE;
  DROP TABLE "_submissions_v_rels" CASCADE;
  DROP TABLE "submission_receipts" CASCADE;
  DROP TABLE "submission_receipts_rels" CASCADE;
  DROP TABLE "commissions" CASCADE;
  DROP TABLE "commissions_rels" CASCADE;
  DROP TABLE "instructions" CASCADE;
  DROP TABLE "journals" CASCADE;
  DROP TABLE "journal_issues_items" CASCADE;
  DROP TABLE "journal_issues" CASCADE;
  DROP TABLE "journal_issues_rels" CASCADE;
  DROP TABLE "_journal_issues_v_version_items" CASCADE;
  DROP TABLE "_journal_issues_v" CASCADE;
  DROP TABLE "_journal_issues_v_rels" CASCADE;
  DROP TABLE "bulletins" CASCADE;
  DROP TABLE "_bulletins_v" CASCADE;
  DROP TABLE "submission_categories" CASCADE;
  DROP TABLE "submission_files" CASCADE;
  DROP TABLE "submission_files_rels" CASCADE;
  DROP TABLE "submission_events" CASCADE;
  DROP TABLE "submission_events_rels" CASCADE;
  DROP TABLE "submission_settings_rules" CASCADE;
  DROP TABLE "submission_settings_annual_targets" CASCADE;
  DROP TABLE "submission_settings" CASCADE;
  ALTER TABLE "units" DROP CONSTRAINT "units_info_office_id_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submissions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_receipts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_commissions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_instructions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_journals_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_journal_issues_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_bulletins_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submission_events_fk";
  
  ALTER TABLE "units" ALTER COLUMN "level" SET DATA TYPE text;
  ALTER TABLE "units" ALTER COLUMN "level" SET DEFAULT 'county'::text;
  DROP TYPE "public"."enum_units_level";
  CREATE TYPE "public"."enum_units_level" AS ENUM('province', 'city', 'county', 'township');
  ALTER TABLE "units" ALTER COLUMN "level" SET DEFAULT 'county'::"public"."enum_units_level";
  ALTER TABLE "units" ALTER COLUMN "level" SET DATA TYPE "public"."enum_units_level" USING "level"::"public"."enum_units_level";
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'disclosureOfficer', 'sysAdmin', 'secAdmin', 'auditAdmin');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "workflow_definitions_stages" ALTER COLUMN "role" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_stages_role";
  CREATE TYPE "public"."enum_workflow_definitions_stages_role" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'disclosureOfficer', 'sysAdmin', 'secAdmin', 'auditAdmin');
  ALTER TABLE "workflow_definitions_stages" ALTER COLUMN "role" SET DATA TYPE "public"."enum_workflow_definitions_stages_role" USING "role"::"public"."enum_workflow_definitions_stages_role";
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_collection";
  CREATE TYPE "public"."enum_workflow_definitions_collection" AS ENUM('articles', 'it-projects', 'policies', 'interpretations', 'annual-reports');
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflow_definitions_collection" USING "collection"::"public"."enum_workflow_definitions_collection";
  DROP INDEX "units_info_office_idx";
  DROP INDEX "payload_locked_documents_rels_submissions_id_idx";
  DROP INDEX "payload_locked_documents_rels_submission_receipts_id_idx";
  DROP INDEX "payload_locked_documents_rels_commissions_id_idx";
  DROP INDEX "payload_locked_documents_rels_instructions_id_idx";
  DROP INDEX "payload_locked_documents_rels_journals_id_idx";
  DROP INDEX "payload_locked_documents_rels_journal_issues_id_idx";
  DROP INDEX "payload_locked_documents_rels_bulletins_id_idx";
  DROP INDEX "payload_locked_documents_rels_submission_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_submission_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_submission_events_id_idx";
  ALTER TABLE "units" DROP COLUMN "info_office_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submissions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_receipts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "commissions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "instructions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "journals_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "journal_issues_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bulletins_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submission_events_id";
  DROP TYPE "public"."enum_submissions_type";
  DROP TYPE "public"."enum_submissions_urgency";
  DROP TYPE "public"."enum_submissions_line_status";
  DROP TYPE "public"."enum_submissions_status";
  DROP TYPE "public"."enum__submissions_v_version_type";
  DROP TYPE "public"."enum__submissions_v_version_urgency";
  DROP TYPE "public"."enum__submissions_v_version_line_status";
  DROP TYPE "public"."enum__submissions_v_version_status";
  DROP TYPE "public"."enum_submission_receipts_office_level";
  DROP TYPE "public"."enum_submission_receipts_adoption_mode";
  DROP TYPE "public"."enum_submission_receipts_status";
  DROP TYPE "public"."enum_instructions_leader_level";
  DROP TYPE "public"."enum_journals_kind";
  DROP TYPE "public"."enum_journals_classification";
  DROP TYPE "public"."enum_journal_issues_items_mode";
  DROP TYPE "public"."enum_journal_issues_classification";
  DROP TYPE "public"."enum_journal_issues_status";
  DROP TYPE "public"."enum__journal_issues_v_version_items_mode";
  DROP TYPE "public"."enum__journal_issues_v_version_classification";
  DROP TYPE "public"."enum__journal_issues_v_version_status";
  DROP TYPE "public"."enum_bulletins_period_type";
  DROP TYPE "public"."enum_bulletins_status";
  DROP TYPE "public"."enum__bulletins_v_version_period_type";
  DROP TYPE "public"."enum__bulletins_v_version_status";
  DROP TYPE "public"."enum_submission_categories_group";
  DROP TYPE "public"."enum_submission_events_type";
  DROP TYPE "public"."enum_submission_events_office_level";
  DROP TYPE "public"."enum_submission_events_journal_kind";
  DROP TYPE "public"."enum_submission_events_adoption_mode";
  DROP TYPE "public"."enum_submission_events_leader_level";
  DROP TYPE "public"."enum_submission_settings_rules_event";
  DROP TYPE "public"."enum_submission_settings_rules_office_level";
  DROP TYPE "public"."enum_submission_settings_rules_journal_kind";
  DROP TYPE "public"."enum_submission_settings_rules_leader_level";
  DROP TYPE "public"."enum_submission_settings_rules_credit_to";`)
}
