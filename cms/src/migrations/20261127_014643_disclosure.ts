import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policies_doc_type" AS ENUM('regulation', 'normative', 'other');
  CREATE TYPE "public"."enum_policies_subject" AS ENUM('s01', 's02', 's0201', 's0202', 's0203', 's0204', 's0205', 's0299', 's03', 's04', 's0401', 's0402', 's0403', 's05', 's06', 's0601', 's0602', 's0603', 's07', 's08', 's09', 's10', 's1001', 's1002', 's1003', 's11', 's1101', 's1102', 's12', 's13', 's1301', 's1302', 's14', 's15', 's1501', 's1502', 's1503', 's16', 's17', 's1701', 's1702', 's1703', 's18', 's19', 's20', 's21', 's99');
  CREATE TYPE "public"."enum_policies_disclosure_mode" AS ENUM('proactive', 'onRequest', 'withheld');
  CREATE TYPE "public"."enum_policies_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_doc_type" AS ENUM('regulation', 'normative', 'other');
  CREATE TYPE "public"."enum__policies_v_version_subject" AS ENUM('s01', 's02', 's0201', 's0202', 's0203', 's0204', 's0205', 's0299', 's03', 's04', 's0401', 's0402', 's0403', 's05', 's06', 's0601', 's0602', 's0603', 's07', 's08', 's09', 's10', 's1001', 's1002', 's1003', 's11', 's1101', 's1102', 's12', 's13', 's1301', 's1302', 's14', 's15', 's1501', 's1502', 's1503', 's16', 's17', 's1701', 's1702', 's1703', 's18', 's19', 's20', 's21', 's99');
  CREATE TYPE "public"."enum__policies_v_version_disclosure_mode" AS ENUM('proactive', 'onRequest', 'withheld');
  CREATE TYPE "public"."enum__policies_v_version_validity" AS ENUM('valid', 'expired', 'repealed', 'amended');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'video', 'qa', 'expert', 'pressConference');
  CREATE TYPE "public"."enum_interpretations_subject" AS ENUM('s01', 's02', 's0201', 's0202', 's0203', 's0204', 's0205', 's0299', 's03', 's04', 's0401', 's0402', 's0403', 's05', 's06', 's0601', 's0602', 's0603', 's07', 's08', 's09', 's10', 's1001', 's1002', 's1003', 's11', 's1101', 's1102', 's12', 's13', 's1301', 's1302', 's14', 's15', 's1501', 's1502', 's1503', 's16', 's17', 's1701', 's1702', 's1703', 's18', 's19', 's20', 's21', 's99');
  CREATE TYPE "public"."enum_interpretations_disclosure_mode" AS ENUM('proactive', 'onRequest', 'withheld');
  CREATE TYPE "public"."enum_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interpretations_v_version_form" AS ENUM('text', 'graphic', 'video', 'qa', 'expert', 'pressConference');
  CREATE TYPE "public"."enum__interpretations_v_version_subject" AS ENUM('s01', 's02', 's0201', 's0202', 's0203', 's0204', 's0205', 's0299', 's03', 's04', 's0401', 's0402', 's0403', 's05', 's06', 's0601', 's0602', 's0603', 's07', 's08', 's09', 's10', 's1001', 's1002', 's1003', 's11', 's1101', 's1102', 's12', 's13', 's1301', 's1302', 's14', 's15', 's1501', 's1502', 's1503', 's16', 's17', 's1701', 's1702', 's1703', 's18', 's19', 's20', 's21', 's99');
  CREATE TYPE "public"."enum__interpretations_v_version_disclosure_mode" AS ENUM('proactive', 'onRequest', 'withheld');
  CREATE TYPE "public"."enum__interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_disclosure_categories_channels" AS ENUM('website', 'gazette', 'weibo', 'wechat', 'app', 'readingPoint', 'pressConference', 'media', 'noticeBoard');
  CREATE TYPE "public"."enum_disclosure_categories_section" AS ENUM('guide', 'rules', 'statutory', 'annualReport');
  CREATE TYPE "public"."enum_disclosure_categories_default_mode" AS ENUM('proactive', 'onRequest', 'withheld');
  CREATE TYPE "public"."enum_disclosure_applications_received_via" AS ENUM('online', 'letter', 'inPerson', 'fax');
  CREATE TYPE "public"."enum_disclosure_applications_applicant_kind" AS ENUM('natural', 'legal');
  CREATE TYPE "public"."enum_disclosure_applications_org_type" AS ENUM('commercial', 'research', 'publicInterest', 'legalService', 'otherOrg');
  CREATE TYPE "public"."enum_disclosure_applications_format" AS ENUM('paper', 'electronic');
  CREATE TYPE "public"."enum_disclosure_applications_channel" AS ENUM('post', 'email', 'pickup', 'fax');
  CREATE TYPE "public"."enum_disclosure_applications_status" AS ENUM('received', 'processing', 'replied');
  CREATE TYPE "public"."enum_disclosure_applications_outcome" AS ENUM('granted', 'partial', 'withheld-stateSecret', 'withheld-lawForbids', 'withheld-threeSecurity', 'withheld-thirdParty', 'withheld-internal', 'withheld-process', 'withheld-enforcement', 'withheld-query', 'unable-notHeld', 'unable-needsCreation', 'unable-unclear', 'notProcessed-petition', 'notProcessed-repeated', 'notProcessed-publication', 'notProcessed-excessive', 'notProcessed-confirm', 'other-noCorrection', 'other-noFee', 'other-other');
  CREATE TYPE "public"."enum_annual_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__annual_reports_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'disclosureOfficer' BEFORE 'sysAdmin';
  ALTER TYPE "public"."enum_workflow_definitions_stages_role" ADD VALUE 'disclosureOfficer' BEFORE 'sysAdmin';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'policies';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'interpretations';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'annual-reports';
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"doc_type" "enum_policies_doc_type" DEFAULT 'normative',
  	"unit_id" integer,
  	"index_no" varchar,
  	"subject" "enum_policies_subject",
  	"category_id" integer,
  	"issuer" varchar,
  	"doc_no" varchar,
  	"written_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"disclosure_mode" "enum_policies_disclosure_mode" DEFAULT 'proactive',
  	"non_disclosure_reason" varchar,
  	"validity" "enum_policies_validity" DEFAULT 'valid',
  	"replaced_by_id" integer,
  	"classified" boolean DEFAULT false,
  	"validity_changed_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" jsonb,
  	"needs_interpretation" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_doc_type" "enum__policies_v_version_doc_type" DEFAULT 'normative',
  	"version_unit_id" integer,
  	"version_index_no" varchar,
  	"version_subject" "enum__policies_v_version_subject",
  	"version_category_id" integer,
  	"version_issuer" varchar,
  	"version_doc_no" varchar,
  	"version_written_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_disclosure_mode" "enum__policies_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_non_disclosure_reason" varchar,
  	"version_validity" "enum__policies_v_version_validity" DEFAULT 'valid',
  	"version_replaced_by_id" integer,
  	"version_classified" boolean DEFAULT false,
  	"version_validity_changed_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_needs_interpretation" boolean DEFAULT false,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"policy_id" integer,
  	"form" "enum_interpretations_form" DEFAULT 'text',
  	"interpreting_unit" varchar,
  	"interpreter" varchar,
  	"contact" varchar,
  	"unit_id" integer,
  	"index_no" varchar,
  	"subject" "enum_interpretations_subject",
  	"category_id" integer,
  	"issuer" varchar,
  	"written_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"disclosure_mode" "enum_interpretations_disclosure_mode" DEFAULT 'proactive',
  	"non_disclosure_reason" varchar,
  	"classified" boolean DEFAULT false,
  	"media_url" varchar,
  	"body" jsonb,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_policy_id" integer,
  	"version_form" "enum__interpretations_v_version_form" DEFAULT 'text',
  	"version_interpreting_unit" varchar,
  	"version_interpreter" varchar,
  	"version_contact" varchar,
  	"version_unit_id" integer,
  	"version_index_no" varchar,
  	"version_subject" "enum__interpretations_v_version_subject",
  	"version_category_id" integer,
  	"version_issuer" varchar,
  	"version_written_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_disclosure_mode" "enum__interpretations_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_non_disclosure_reason" varchar,
  	"version_classified" boolean DEFAULT false,
  	"version_media_url" varchar,
  	"version_body" jsonb,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "disclosure_categories_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_disclosure_categories_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "disclosure_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"parent_id" integer,
  	"section" "enum_disclosure_categories_section",
  	"responsibility" varchar,
  	"time_limit_days" numeric,
  	"time_limit_note" varchar,
  	"default_mode" "enum_disclosure_categories_default_mode" DEFAULT 'proactive',
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_categories_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "disclosure_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt_no" varchar,
  	"received_via" "enum_disclosure_applications_received_via" DEFAULT 'online',
  	"received_at" timestamp(3) with time zone,
  	"applicant_kind" "enum_disclosure_applications_applicant_kind" NOT NULL,
  	"org_type" "enum_disclosure_applications_org_type",
  	"name" varchar NOT NULL,
  	"id_number" varchar NOT NULL,
  	"contact_name" varchar,
  	"phone" varchar NOT NULL,
  	"email" varchar,
  	"postcode" varchar,
  	"address" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"purpose" varchar,
  	"format" "enum_disclosure_applications_format",
  	"channel" "enum_disclosure_applications_channel",
  	"status" "enum_disclosure_applications_status" DEFAULT 'received' NOT NULL,
  	"due_at" timestamp(3) with time zone,
  	"calendar_missing_years" varchar,
  	"handler_id" integer,
  	"extension_extended" boolean DEFAULT false,
  	"extension_reason" varchar,
  	"extension_approved_by_id" integer,
  	"extension_approved_at" timestamp(3) with time zone,
  	"outcome" "enum_disclosure_applications_outcome",
  	"reply_content" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"source_ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"unit_id" integer,
  	"computed_at" timestamp(3) with time zone,
  	"overview" jsonb,
  	"active_disclosure_regulations_issued" numeric DEFAULT 0,
  	"active_disclosure_regulations_repealed" numeric DEFAULT 0,
  	"active_disclosure_regulations_in_force" numeric DEFAULT 0,
  	"active_disclosure_normative_docs_issued" numeric DEFAULT 0,
  	"active_disclosure_normative_docs_repealed" numeric DEFAULT 0,
  	"active_disclosure_normative_docs_in_force" numeric DEFAULT 0,
  	"active_disclosure_licensing" numeric DEFAULT 0,
  	"active_disclosure_penalties" numeric DEFAULT 0,
  	"active_disclosure_enforcement" numeric DEFAULT 0,
  	"active_disclosure_fees_amount" numeric DEFAULT 0,
  	"application_stats" jsonb,
  	"review_litigation_reconsideration_upheld" numeric DEFAULT 0,
  	"review_litigation_reconsideration_corrected" numeric DEFAULT 0,
  	"review_litigation_reconsideration_other" numeric DEFAULT 0,
  	"review_litigation_reconsideration_pending" numeric DEFAULT 0,
  	"review_litigation_reconsideration_total" numeric DEFAULT 0,
  	"review_litigation_litigation_direct_upheld" numeric DEFAULT 0,
  	"review_litigation_litigation_direct_corrected" numeric DEFAULT 0,
  	"review_litigation_litigation_direct_other" numeric DEFAULT 0,
  	"review_litigation_litigation_direct_pending" numeric DEFAULT 0,
  	"review_litigation_litigation_direct_total" numeric DEFAULT 0,
  	"review_litigation_litigation_after_reconsideration_upheld" numeric DEFAULT 0,
  	"review_litigation_litigation_after_reconsideration_corrected" numeric DEFAULT 0,
  	"review_litigation_litigation_after_reconsideration_other" numeric DEFAULT 0,
  	"review_litigation_litigation_after_reconsideration_pending" numeric DEFAULT 0,
  	"review_litigation_litigation_after_reconsideration_total" numeric DEFAULT 0,
  	"problems" jsonb,
  	"other_matters" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_annual_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_annual_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_year" numeric,
  	"version_unit_id" integer,
  	"version_computed_at" timestamp(3) with time zone,
  	"version_overview" jsonb,
  	"version_active_disclosure_regulations_issued" numeric DEFAULT 0,
  	"version_active_disclosure_regulations_repealed" numeric DEFAULT 0,
  	"version_active_disclosure_regulations_in_force" numeric DEFAULT 0,
  	"version_active_disclosure_normative_docs_issued" numeric DEFAULT 0,
  	"version_active_disclosure_normative_docs_repealed" numeric DEFAULT 0,
  	"version_active_disclosure_normative_docs_in_force" numeric DEFAULT 0,
  	"version_active_disclosure_licensing" numeric DEFAULT 0,
  	"version_active_disclosure_penalties" numeric DEFAULT 0,
  	"version_active_disclosure_enforcement" numeric DEFAULT 0,
  	"version_active_disclosure_fees_amount" numeric DEFAULT 0,
  	"version_application_stats" jsonb,
  	"version_review_litigation_reconsideration_upheld" numeric DEFAULT 0,
  	"version_review_litigation_reconsideration_corrected" numeric DEFAULT 0,
  	"version_review_litigation_reconsideration_other" numeric DEFAULT 0,
  	"version_review_litigation_reconsideration_pending" numeric DEFAULT 0,
  	"version_review_litigation_reconsideration_total" numeric DEFAULT 0,
  	"version_review_litigation_litigation_direct_upheld" numeric DEFAULT 0,
  	"version_review_litigation_litigation_direct_corrected" numeric DEFAULT 0,
  	"version_review_litigation_litigation_direct_other" numeric DEFAULT 0,
  	"version_review_litigation_litigation_direct_pending" numeric DEFAULT 0,
  	"version_review_litigation_litigation_direct_total" numeric DEFAULT 0,
  	"version_review_litigation_litigation_after_reconsideration_upheld" numeric DEFAULT 0,
  	"version_review_litigation_litigation_after_reconsideration_corrected" numeric DEFAULT 0,
  	"version_review_litigation_litigation_after_reconsideration_other" numeric DEFAULT 0,
  	"version_review_litigation_litigation_after_reconsideration_pending" numeric DEFAULT 0,
  	"version_review_litigation_litigation_after_reconsideration_total" numeric DEFAULT 0,
  	"version_problems" jsonb,
  	"version_other_matters" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__annual_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "holiday_calendars_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"from" timestamp(3) with time zone NOT NULL,
  	"to" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "holiday_calendars_workdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "holiday_calendars" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"source" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"index_pattern" varchar DEFAULT '{orgCode}/{year}-{serial:5}' NOT NULL,
  	"org_code" varchar,
  	"office_name" varchar,
  	"office_address" varchar,
  	"office_postcode" varchar,
  	"office_phone" varchar,
  	"office_hours" varchar,
  	"due_soon_days" numeric DEFAULT 5 NOT NULL,
  	"applications_per_ip_per_day" numeric DEFAULT 5 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interpretations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_applications_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "annual_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "holiday_calendars_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_counters_id" integer;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_category_id_disclosure_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_replaced_by_id_policies_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_category_id_disclosure_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_replaced_by_id_policies_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_category_id_disclosure_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_parent_id_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_policy_id_policies_id_fk" FOREIGN KEY ("version_policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_category_id_disclosure_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_categories_channels" ADD CONSTRAINT "disclosure_categories_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_categories" ADD CONSTRAINT "disclosure_categories_parent_id_disclosure_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_categories_rels" ADD CONSTRAINT "disclosure_categories_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_categories_rels" ADD CONSTRAINT "disclosure_categories_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_applications" ADD CONSTRAINT "disclosure_applications_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_applications" ADD CONSTRAINT "disclosure_applications_extension_approved_by_id_users_id_fk" FOREIGN KEY ("extension_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_annual_reports_v" ADD CONSTRAINT "_annual_reports_v_parent_id_annual_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."annual_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_annual_reports_v" ADD CONSTRAINT "_annual_reports_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holiday_calendars_holidays" ADD CONSTRAINT "holiday_calendars_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."holiday_calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "holiday_calendars_workdays" ADD CONSTRAINT "holiday_calendars_workdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."holiday_calendars"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "policies_doc_type_idx" ON "policies" USING btree ("doc_type");
  CREATE INDEX "policies_unit_idx" ON "policies" USING btree ("unit_id");
  CREATE UNIQUE INDEX "policies_index_no_idx" ON "policies" USING btree ("index_no");
  CREATE INDEX "policies_category_idx" ON "policies" USING btree ("category_id");
  CREATE INDEX "policies_doc_no_idx" ON "policies" USING btree ("doc_no");
  CREATE INDEX "policies_published_at_idx" ON "policies" USING btree ("published_at");
  CREATE INDEX "policies_disclosure_mode_idx" ON "policies" USING btree ("disclosure_mode");
  CREATE INDEX "policies_validity_idx" ON "policies" USING btree ("validity");
  CREATE INDEX "policies_replaced_by_idx" ON "policies" USING btree ("replaced_by_id");
  CREATE INDEX "policies_created_by_idx" ON "policies" USING btree ("created_by_id");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_doc_type_idx" ON "_policies_v" USING btree ("version_doc_type");
  CREATE INDEX "_policies_v_version_version_unit_idx" ON "_policies_v" USING btree ("version_unit_id");
  CREATE INDEX "_policies_v_version_version_index_no_idx" ON "_policies_v" USING btree ("version_index_no");
  CREATE INDEX "_policies_v_version_version_category_idx" ON "_policies_v" USING btree ("version_category_id");
  CREATE INDEX "_policies_v_version_version_doc_no_idx" ON "_policies_v" USING btree ("version_doc_no");
  CREATE INDEX "_policies_v_version_version_published_at_idx" ON "_policies_v" USING btree ("version_published_at");
  CREATE INDEX "_policies_v_version_version_disclosure_mode_idx" ON "_policies_v" USING btree ("version_disclosure_mode");
  CREATE INDEX "_policies_v_version_version_validity_idx" ON "_policies_v" USING btree ("version_validity");
  CREATE INDEX "_policies_v_version_version_replaced_by_idx" ON "_policies_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_policies_v_version_version_created_by_idx" ON "_policies_v" USING btree ("version_created_by_id");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "interpretations_policy_idx" ON "interpretations" USING btree ("policy_id");
  CREATE INDEX "interpretations_unit_idx" ON "interpretations" USING btree ("unit_id");
  CREATE UNIQUE INDEX "interpretations_index_no_idx" ON "interpretations" USING btree ("index_no");
  CREATE INDEX "interpretations_category_idx" ON "interpretations" USING btree ("category_id");
  CREATE INDEX "interpretations_published_at_idx" ON "interpretations" USING btree ("published_at");
  CREATE INDEX "interpretations_disclosure_mode_idx" ON "interpretations" USING btree ("disclosure_mode");
  CREATE INDEX "interpretations_created_by_idx" ON "interpretations" USING btree ("created_by_id");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations__status_idx" ON "interpretations" USING btree ("_status");
  CREATE INDEX "_interpretations_v_parent_idx" ON "_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_version_version_policy_idx" ON "_interpretations_v" USING btree ("version_policy_id");
  CREATE INDEX "_interpretations_v_version_version_unit_idx" ON "_interpretations_v" USING btree ("version_unit_id");
  CREATE INDEX "_interpretations_v_version_version_index_no_idx" ON "_interpretations_v" USING btree ("version_index_no");
  CREATE INDEX "_interpretations_v_version_version_category_idx" ON "_interpretations_v" USING btree ("version_category_id");
  CREATE INDEX "_interpretations_v_version_version_published_at_idx" ON "_interpretations_v" USING btree ("version_published_at");
  CREATE INDEX "_interpretations_v_version_version_disclosure_mode_idx" ON "_interpretations_v" USING btree ("version_disclosure_mode");
  CREATE INDEX "_interpretations_v_version_version_created_by_idx" ON "_interpretations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_interpretations_v_version_version_updated_at_idx" ON "_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_interpretations_v_version_version_created_at_idx" ON "_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_interpretations_v_version_version__status_idx" ON "_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_interpretations_v_created_at_idx" ON "_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_interpretations_v_updated_at_idx" ON "_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_interpretations_v_latest_idx" ON "_interpretations_v" USING btree ("latest");
  CREATE INDEX "disclosure_categories_channels_order_idx" ON "disclosure_categories_channels" USING btree ("order");
  CREATE INDEX "disclosure_categories_channels_parent_idx" ON "disclosure_categories_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "disclosure_categories_code_idx" ON "disclosure_categories" USING btree ("code");
  CREATE INDEX "disclosure_categories_parent_idx" ON "disclosure_categories" USING btree ("parent_id");
  CREATE INDEX "disclosure_categories_updated_at_idx" ON "disclosure_categories" USING btree ("updated_at");
  CREATE INDEX "disclosure_categories_created_at_idx" ON "disclosure_categories" USING btree ("created_at");
  CREATE INDEX "disclosure_categories_rels_order_idx" ON "disclosure_categories_rels" USING btree ("order");
  CREATE INDEX "disclosure_categories_rels_parent_idx" ON "disclosure_categories_rels" USING btree ("parent_id");
  CREATE INDEX "disclosure_categories_rels_path_idx" ON "disclosure_categories_rels" USING btree ("path");
  CREATE INDEX "disclosure_categories_rels_units_id_idx" ON "disclosure_categories_rels" USING btree ("units_id");
  CREATE UNIQUE INDEX "disclosure_applications_receipt_no_idx" ON "disclosure_applications" USING btree ("receipt_no");
  CREATE INDEX "disclosure_applications_received_at_idx" ON "disclosure_applications" USING btree ("received_at");
  CREATE INDEX "disclosure_applications_applicant_kind_idx" ON "disclosure_applications" USING btree ("applicant_kind");
  CREATE INDEX "disclosure_applications_status_idx" ON "disclosure_applications" USING btree ("status");
  CREATE INDEX "disclosure_applications_due_at_idx" ON "disclosure_applications" USING btree ("due_at");
  CREATE INDEX "disclosure_applications_handler_idx" ON "disclosure_applications" USING btree ("handler_id");
  CREATE INDEX "disclosure_applications_extension_extension_approved_by_idx" ON "disclosure_applications" USING btree ("extension_approved_by_id");
  CREATE INDEX "disclosure_applications_outcome_idx" ON "disclosure_applications" USING btree ("outcome");
  CREATE INDEX "disclosure_applications_replied_at_idx" ON "disclosure_applications" USING btree ("replied_at");
  CREATE INDEX "disclosure_applications_source_ip_idx" ON "disclosure_applications" USING btree ("source_ip");
  CREATE INDEX "disclosure_applications_updated_at_idx" ON "disclosure_applications" USING btree ("updated_at");
  CREATE INDEX "disclosure_applications_created_at_idx" ON "disclosure_applications" USING btree ("created_at");
  CREATE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("year");
  CREATE INDEX "annual_reports_unit_idx" ON "annual_reports" USING btree ("unit_id");
  CREATE INDEX "annual_reports_updated_at_idx" ON "annual_reports" USING btree ("updated_at");
  CREATE INDEX "annual_reports_created_at_idx" ON "annual_reports" USING btree ("created_at");
  CREATE INDEX "annual_reports__status_idx" ON "annual_reports" USING btree ("_status");
  CREATE INDEX "_annual_reports_v_parent_idx" ON "_annual_reports_v" USING btree ("parent_id");
  CREATE INDEX "_annual_reports_v_version_version_year_idx" ON "_annual_reports_v" USING btree ("version_year");
  CREATE INDEX "_annual_reports_v_version_version_unit_idx" ON "_annual_reports_v" USING btree ("version_unit_id");
  CREATE INDEX "_annual_reports_v_version_version_updated_at_idx" ON "_annual_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_annual_reports_v_version_version_created_at_idx" ON "_annual_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_annual_reports_v_version_version__status_idx" ON "_annual_reports_v" USING btree ("version__status");
  CREATE INDEX "_annual_reports_v_created_at_idx" ON "_annual_reports_v" USING btree ("created_at");
  CREATE INDEX "_annual_reports_v_updated_at_idx" ON "_annual_reports_v" USING btree ("updated_at");
  CREATE INDEX "_annual_reports_v_latest_idx" ON "_annual_reports_v" USING btree ("latest");
  CREATE INDEX "holiday_calendars_holidays_order_idx" ON "holiday_calendars_holidays" USING btree ("_order");
  CREATE INDEX "holiday_calendars_holidays_parent_id_idx" ON "holiday_calendars_holidays" USING btree ("_parent_id");
  CREATE INDEX "holiday_calendars_workdays_order_idx" ON "holiday_calendars_workdays" USING btree ("_order");
  CREATE INDEX "holiday_calendars_workdays_parent_id_idx" ON "holiday_calendars_workdays" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "holiday_calendars_year_idx" ON "holiday_calendars" USING btree ("year");
  CREATE INDEX "holiday_calendars_updated_at_idx" ON "holiday_calendars" USING btree ("updated_at");
  CREATE INDEX "holiday_calendars_created_at_idx" ON "holiday_calendars" USING btree ("created_at");
  CREATE UNIQUE INDEX "disclosure_counters_key_idx" ON "disclosure_counters" USING btree ("key");
  CREATE INDEX "disclosure_counters_updated_at_idx" ON "disclosure_counters" USING btree ("updated_at");
  CREATE INDEX "disclosure_counters_created_at_idx" ON "disclosure_counters" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_categories_fk" FOREIGN KEY ("disclosure_categories_id") REFERENCES "public"."disclosure_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_applications_fk" FOREIGN KEY ("disclosure_applications_id") REFERENCES "public"."disclosure_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_reports_fk" FOREIGN KEY ("annual_reports_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holiday_calendars_fk" FOREIGN KEY ("holiday_calendars_id") REFERENCES "public"."holiday_calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_counters_fk" FOREIGN KEY ("disclosure_counters_id") REFERENCES "public"."disclosure_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_categories_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_applications_id");
  CREATE INDEX "payload_locked_documents_rels_annual_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_reports_id");
  CREATE INDEX "payload_locked_documents_rels_holiday_calendars_id_idx" ON "payload_locked_documents_rels" USING btree ("holiday_calendars_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_policies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interpretations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_interpretations_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_categories_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_categories_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_applications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "annual_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_annual_reports_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holiday_calendars_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holiday_calendars_workdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holiday_calendars" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "_interpretations_v" CASCADE;
  DROP TABLE "disclosure_categories_channels" CASCADE;
  DROP TABLE "disclosure_categories" CASCADE;
  DROP TABLE "disclosure_categories_rels" CASCADE;
  DROP TABLE "disclosure_applications" CASCADE;
  DROP TABLE "annual_reports" CASCADE;
  DROP TABLE "_annual_reports_v" CASCADE;
  DROP TABLE "holiday_calendars_holidays" CASCADE;
  DROP TABLE "holiday_calendars_workdays" CASCADE;
  DROP TABLE "holiday_calendars" CASCADE;
  DROP TABLE "disclosure_counters" CASCADE;
  DROP TABLE "disclosure_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_interpretations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_applications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_annual_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_holiday_calendars_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_counters_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'sysAdmin', 'secAdmin', 'auditAdmin');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "workflow_definitions_stages" ALTER COLUMN "role" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_stages_role";
  CREATE TYPE "public"."enum_workflow_definitions_stages_role" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'sysAdmin', 'secAdmin', 'auditAdmin');
  ALTER TABLE "workflow_definitions_stages" ALTER COLUMN "role" SET DATA TYPE "public"."enum_workflow_definitions_stages_role" USING "role"::"public"."enum_workflow_definitions_stages_role";
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_collection";
  CREATE TYPE "public"."enum_workflow_definitions_collection" AS ENUM('articles', 'it-projects');
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflow_definitions_collection" USING "collection"::"public"."enum_workflow_definitions_collection";
  DROP INDEX "payload_locked_documents_rels_policies_id_idx";
  DROP INDEX "payload_locked_documents_rels_interpretations_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosure_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosure_applications_id_idx";
  DROP INDEX "payload_locked_documents_rels_annual_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_holiday_calendars_id_idx";
  DROP INDEX "payload_locked_documents_rels_disclosure_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interpretations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_applications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "annual_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "holiday_calendars_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_counters_id";
  DROP TYPE "public"."enum_policies_doc_type";
  DROP TYPE "public"."enum_policies_subject";
  DROP TYPE "public"."enum_policies_disclosure_mode";
  DROP TYPE "public"."enum_policies_validity";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_doc_type";
  DROP TYPE "public"."enum__policies_v_version_subject";
  DROP TYPE "public"."enum__policies_v_version_disclosure_mode";
  DROP TYPE "public"."enum__policies_v_version_validity";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_subject";
  DROP TYPE "public"."enum_interpretations_disclosure_mode";
  DROP TYPE "public"."enum_interpretations_status";
  DROP TYPE "public"."enum__interpretations_v_version_form";
  DROP TYPE "public"."enum__interpretations_v_version_subject";
  DROP TYPE "public"."enum__interpretations_v_version_disclosure_mode";
  DROP TYPE "public"."enum__interpretations_v_version_status";
  DROP TYPE "public"."enum_disclosure_categories_channels";
  DROP TYPE "public"."enum_disclosure_categories_section";
  DROP TYPE "public"."enum_disclosure_categories_default_mode";
  DROP TYPE "public"."enum_disclosure_applications_received_via";
  DROP TYPE "public"."enum_disclosure_applications_applicant_kind";
  DROP TYPE "public"."enum_disclosure_applications_org_type";
  DROP TYPE "public"."enum_disclosure_applications_format";
  DROP TYPE "public"."enum_disclosure_applications_channel";
  DROP TYPE "public"."enum_disclosure_applications_status";
  DROP TYPE "public"."enum_disclosure_applications_outcome";
  DROP TYPE "public"."enum_annual_reports_status";
  DROP TYPE "public"."enum__annual_reports_v_version_status";`)
}
