import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_involves_leaders" AS ENUM('none', 'county', 'main4', 'visiting');
  CREATE TYPE "public"."enum_articles_sensitivity" AS ENUM('normal', 'major', 'negative');
  CREATE TYPE "public"."enum__articles_v_version_involves_leaders" AS ENUM('none', 'county', 'main4', 'visiting');
  CREATE TYPE "public"."enum__articles_v_version_sensitivity" AS ENUM('normal', 'major', 'negative');
  CREATE TYPE "public"."enum_it_projects_category" AS ENUM('professional', 'public');
  CREATE TYPE "public"."enum_it_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__it_projects_v_version_category" AS ENUM('professional', 'public');
  CREATE TYPE "public"."enum__it_projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_workflow_definitions_stages_conditions_operator" AS ENUM('equals', 'not_equals', 'in', 'not_in', 'gte', 'gt', 'lte', 'lt', 'exists');
  CREATE TYPE "public"."enum_workflow_definitions_stages_signer_type" AS ENUM('role', 'relative', 'users');
  CREATE TYPE "public"."enum_workflow_definitions_stages_role" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'sysAdmin', 'secAdmin', 'auditAdmin');
  CREATE TYPE "public"."enum_workflow_definitions_stages_mode" AS ENUM('one', 'any', 'all');
  CREATE TYPE "public"."enum_workflow_definitions_stages_match" AS ENUM('all', 'any');
  CREATE TYPE "public"."enum_workflow_definitions_collection" AS ENUM('articles', 'it-projects');
  CREATE TYPE "public"."enum_workflow_runs_signatures_decision" AS ENUM('approve', 'reject', 'return');
  CREATE TYPE "public"."enum_workflow_runs_status" AS ENUM('in_review', 'approved', 'rejected', 'returned', 'withdrawn', 'voided');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'reject', 'return', 'withdraw', 'delegate', 'emergency', 'void', 'publish', 'file');
  CREATE TABLE "it_projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"unit_id" integer,
  	"amount" numeric,
  	"category" "enum_it_projects_category" DEFAULT 'professional',
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_it_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_it_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_unit_id" integer,
  	"version_amount" numeric,
  	"version_category" "enum__it_projects_v_version_category" DEFAULT 'professional',
  	"version_summary" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__it_projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "workflow_definitions_stages_conditions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"operator" "enum_workflow_definitions_stages_conditions_operator" NOT NULL,
  	"value" varchar
  );
  
  CREATE TABLE "workflow_definitions_stages_checklist" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar NOT NULL
  );
  
  CREATE TABLE "workflow_definitions_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"signer_type" "enum_workflow_definitions_stages_signer_type" DEFAULT 'role' NOT NULL,
  	"role" "enum_workflow_definitions_stages_role",
  	"unit_id" integer,
  	"unit_code" varchar,
  	"mode" "enum_workflow_definitions_stages_mode" DEFAULT 'any' NOT NULL,
  	"deadline_days" numeric,
  	"match" "enum_workflow_definitions_stages_match" DEFAULT 'all'
  );
  
  CREATE TABLE "workflow_definitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"collection" "enum_workflow_definitions_collection" NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_definitions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "workflow_runs_signatures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" numeric NOT NULL,
  	"signer_id" integer NOT NULL,
  	"signer_name" varchar,
  	"acting_for_id" integer,
  	"acting_for_name" varchar,
  	"decision" "enum_workflow_runs_signatures_decision" NOT NULL,
  	"opinion" varchar,
  	"checklist" jsonb,
  	"revision_hash" varchar NOT NULL,
  	"signed_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "workflow_runs_delegations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" numeric NOT NULL,
  	"from_id" integer NOT NULL,
  	"to_id" integer NOT NULL,
  	"reason" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "workflow_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"doc_collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"definition_code" varchar,
  	"status" "enum_workflow_runs_status" NOT NULL,
  	"current_stage" numeric,
  	"stage_label" varchar,
  	"stage_due_at" timestamp(3) with time zone,
  	"revision_hash" varchar NOT NULL,
  	"author_id" integer,
  	"author_unit_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"route" jsonb,
  	"emergency_published" boolean DEFAULT false,
  	"emergency_reason" varchar,
  	"emergency_by_id" integer,
  	"emergency_at" timestamp(3) with time zone,
  	"emergency_review_due_at" timestamp(3) with time zone,
  	"lock_version" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_runs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"seq" numeric,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"acting_for_id" integer,
  	"acting_for_name" varchar,
  	"roles" varchar,
  	"unit" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"doc_collection" varchar,
  	"doc_id" varchar,
  	"run_id" varchar,
  	"stage" numeric,
  	"opinion" varchar,
  	"revision_hash" varchar,
  	"client_address" varchar,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"algorithm" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD COLUMN "involves_leaders" "enum_articles_involves_leaders" DEFAULT 'none';
  ALTER TABLE "articles" ADD COLUMN "sensitivity" "enum_articles_sensitivity" DEFAULT 'normal';
  ALTER TABLE "_articles_v" ADD COLUMN "version_involves_leaders" "enum__articles_v_version_involves_leaders" DEFAULT 'none';
  ALTER TABLE "_articles_v" ADD COLUMN "version_sensitivity" "enum__articles_v_version_sensitivity" DEFAULT 'normal';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "it_projects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_definitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_runs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "it_projects" ADD CONSTRAINT "it_projects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_it_projects_v" ADD CONSTRAINT "_it_projects_v_parent_id_it_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."it_projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_it_projects_v" ADD CONSTRAINT "_it_projects_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_definitions_stages_conditions" ADD CONSTRAINT "workflow_definitions_stages_conditions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_definitions_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_definitions_stages_checklist" ADD CONSTRAINT "workflow_definitions_stages_checklist_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_definitions_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_definitions_stages" ADD CONSTRAINT "workflow_definitions_stages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_definitions_stages" ADD CONSTRAINT "workflow_definitions_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_definitions_rels" ADD CONSTRAINT "workflow_definitions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflow_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_definitions_rels" ADD CONSTRAINT "workflow_definitions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_runs_signatures" ADD CONSTRAINT "workflow_runs_signatures_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs_signatures" ADD CONSTRAINT "workflow_runs_signatures_acting_for_id_users_id_fk" FOREIGN KEY ("acting_for_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs_signatures" ADD CONSTRAINT "workflow_runs_signatures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_runs_delegations" ADD CONSTRAINT "workflow_runs_delegations_from_id_users_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs_delegations" ADD CONSTRAINT "workflow_runs_delegations_to_id_users_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs_delegations" ADD CONSTRAINT "workflow_runs_delegations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_runs" ADD CONSTRAINT "workflow_runs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs" ADD CONSTRAINT "workflow_runs_author_unit_id_units_id_fk" FOREIGN KEY ("author_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs" ADD CONSTRAINT "workflow_runs_emergency_by_id_users_id_fk" FOREIGN KEY ("emergency_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_runs_rels" ADD CONSTRAINT "workflow_runs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflow_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_runs_rels" ADD CONSTRAINT "workflow_runs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_acting_for_id_users_id_fk" FOREIGN KEY ("acting_for_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "it_projects_unit_idx" ON "it_projects" USING btree ("unit_id");
  CREATE INDEX "it_projects_updated_at_idx" ON "it_projects" USING btree ("updated_at");
  CREATE INDEX "it_projects_created_at_idx" ON "it_projects" USING btree ("created_at");
  CREATE INDEX "it_projects__status_idx" ON "it_projects" USING btree ("_status");
  CREATE INDEX "_it_projects_v_parent_idx" ON "_it_projects_v" USING btree ("parent_id");
  CREATE INDEX "_it_projects_v_version_version_unit_idx" ON "_it_projects_v" USING btree ("version_unit_id");
  CREATE INDEX "_it_projects_v_version_version_updated_at_idx" ON "_it_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_it_projects_v_version_version_created_at_idx" ON "_it_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_it_projects_v_version_version__status_idx" ON "_it_projects_v" USING btree ("version__status");
  CREATE INDEX "_it_projects_v_created_at_idx" ON "_it_projects_v" USING btree ("created_at");
  CREATE INDEX "_it_projects_v_updated_at_idx" ON "_it_projects_v" USING btree ("updated_at");
  CREATE INDEX "_it_projects_v_latest_idx" ON "_it_projects_v" USING btree ("latest");
  CREATE INDEX "workflow_definitions_stages_conditions_order_idx" ON "workflow_definitions_stages_conditions" USING btree ("_order");
  CREATE INDEX "workflow_definitions_stages_conditions_parent_id_idx" ON "workflow_definitions_stages_conditions" USING btree ("_parent_id");
  CREATE INDEX "workflow_definitions_stages_checklist_order_idx" ON "workflow_definitions_stages_checklist" USING btree ("_order");
  CREATE INDEX "workflow_definitions_stages_checklist_parent_id_idx" ON "workflow_definitions_stages_checklist" USING btree ("_parent_id");
  CREATE INDEX "workflow_definitions_stages_order_idx" ON "workflow_definitions_stages" USING btree ("_order");
  CREATE INDEX "workflow_definitions_stages_parent_id_idx" ON "workflow_definitions_stages" USING btree ("_parent_id");
  CREATE INDEX "workflow_definitions_stages_unit_idx" ON "workflow_definitions_stages" USING btree ("unit_id");
  CREATE UNIQUE INDEX "workflow_definitions_code_idx" ON "workflow_definitions" USING btree ("code");
  CREATE INDEX "workflow_definitions_updated_at_idx" ON "workflow_definitions" USING btree ("updated_at");
  CREATE INDEX "workflow_definitions_created_at_idx" ON "workflow_definitions" USING btree ("created_at");
  CREATE INDEX "workflow_definitions_rels_order_idx" ON "workflow_definitions_rels" USING btree ("order");
  CREATE INDEX "workflow_definitions_rels_parent_idx" ON "workflow_definitions_rels" USING btree ("parent_id");
  CREATE INDEX "workflow_definitions_rels_path_idx" ON "workflow_definitions_rels" USING btree ("path");
  CREATE INDEX "workflow_definitions_rels_users_id_idx" ON "workflow_definitions_rels" USING btree ("users_id");
  CREATE INDEX "workflow_runs_signatures_order_idx" ON "workflow_runs_signatures" USING btree ("_order");
  CREATE INDEX "workflow_runs_signatures_parent_id_idx" ON "workflow_runs_signatures" USING btree ("_parent_id");
  CREATE INDEX "workflow_runs_signatures_signer_idx" ON "workflow_runs_signatures" USING btree ("signer_id");
  CREATE INDEX "workflow_runs_signatures_acting_for_idx" ON "workflow_runs_signatures" USING btree ("acting_for_id");
  CREATE INDEX "workflow_runs_delegations_order_idx" ON "workflow_runs_delegations" USING btree ("_order");
  CREATE INDEX "workflow_runs_delegations_parent_id_idx" ON "workflow_runs_delegations" USING btree ("_parent_id");
  CREATE INDEX "workflow_runs_delegations_from_idx" ON "workflow_runs_delegations" USING btree ("from_id");
  CREATE INDEX "workflow_runs_delegations_to_idx" ON "workflow_runs_delegations" USING btree ("to_id");
  CREATE INDEX "workflow_runs_doc_collection_idx" ON "workflow_runs" USING btree ("doc_collection");
  CREATE INDEX "workflow_runs_doc_id_idx" ON "workflow_runs" USING btree ("doc_id");
  CREATE INDEX "workflow_runs_status_idx" ON "workflow_runs" USING btree ("status");
  CREATE INDEX "workflow_runs_stage_due_at_idx" ON "workflow_runs" USING btree ("stage_due_at");
  CREATE INDEX "workflow_runs_author_idx" ON "workflow_runs" USING btree ("author_id");
  CREATE INDEX "workflow_runs_author_unit_idx" ON "workflow_runs" USING btree ("author_unit_id");
  CREATE INDEX "workflow_runs_emergency_emergency_by_idx" ON "workflow_runs" USING btree ("emergency_by_id");
  CREATE INDEX "workflow_runs_updated_at_idx" ON "workflow_runs" USING btree ("updated_at");
  CREATE INDEX "workflow_runs_created_at_idx" ON "workflow_runs" USING btree ("created_at");
  CREATE INDEX "workflow_runs_rels_order_idx" ON "workflow_runs_rels" USING btree ("order");
  CREATE INDEX "workflow_runs_rels_parent_idx" ON "workflow_runs_rels" USING btree ("parent_id");
  CREATE INDEX "workflow_runs_rels_path_idx" ON "workflow_runs_rels" USING btree ("path");
  CREATE INDEX "workflow_runs_rels_users_id_idx" ON "workflow_runs_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_acting_for_idx" ON "audit_log" USING btree ("acting_for_id");
  CREATE INDEX "audit_log_doc_collection_idx" ON "audit_log" USING btree ("doc_collection");
  CREATE INDEX "audit_log_doc_id_idx" ON "audit_log" USING btree ("doc_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_it_projects_fk" FOREIGN KEY ("it_projects_id") REFERENCES "public"."it_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_definitions_fk" FOREIGN KEY ("workflow_definitions_id") REFERENCES "public"."workflow_definitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_runs_fk" FOREIGN KEY ("workflow_runs_id") REFERENCES "public"."workflow_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_it_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("it_projects_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_definitions_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_definitions_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_runs_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "it_projects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_it_projects_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_definitions_stages_conditions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_definitions_stages_checklist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_definitions_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_definitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_definitions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_runs_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_runs_delegations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_runs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_runs_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "it_projects" CASCADE;
  DROP TABLE "_it_projects_v" CASCADE;
  DROP TABLE "workflow_definitions_stages_conditions" CASCADE;
  DROP TABLE "workflow_definitions_stages_checklist" CASCADE;
  DROP TABLE "workflow_definitions_stages" CASCADE;
  DROP TABLE "workflow_definitions" CASCADE;
  DROP TABLE "workflow_definitions_rels" CASCADE;
  DROP TABLE "workflow_runs_signatures" CASCADE;
  DROP TABLE "workflow_runs_delegations" CASCADE;
  DROP TABLE "workflow_runs" CASCADE;
  DROP TABLE "workflow_runs_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_it_projects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_definitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_runs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_it_projects_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_definitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_runs_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "articles" DROP COLUMN "involves_leaders";
  ALTER TABLE "articles" DROP COLUMN "sensitivity";
  ALTER TABLE "_articles_v" DROP COLUMN "version_involves_leaders";
  ALTER TABLE "_articles_v" DROP COLUMN "version_sensitivity";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "it_projects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_definitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_runs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_articles_involves_leaders";
  DROP TYPE "public"."enum_articles_sensitivity";
  DROP TYPE "public"."enum__articles_v_version_involves_leaders";
  DROP TYPE "public"."enum__articles_v_version_sensitivity";
  DROP TYPE "public"."enum_it_projects_category";
  DROP TYPE "public"."enum_it_projects_status";
  DROP TYPE "public"."enum__it_projects_v_version_category";
  DROP TYPE "public"."enum__it_projects_v_version_status";
  DROP TYPE "public"."enum_workflow_definitions_stages_conditions_operator";
  DROP TYPE "public"."enum_workflow_definitions_stages_signer_type";
  DROP TYPE "public"."enum_workflow_definitions_stages_role";
  DROP TYPE "public"."enum_workflow_definitions_stages_mode";
  DROP TYPE "public"."enum_workflow_definitions_stages_match";
  DROP TYPE "public"."enum_workflow_definitions_collection";
  DROP TYPE "public"."enum_workflow_runs_signatures_decision";
  DROP TYPE "public"."enum_workflow_runs_status";
  DROP TYPE "public"."enum_audit_log_action";`)
}
