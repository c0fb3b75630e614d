import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_messages_received_via" AS ENUM('online', 'phone', 'letter', 'visit');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('received', 'refused', 'assigned', 'answered');
  CREATE TYPE "public"."enum_messages_refusal_reason" AS ENUM('duplicate', 'outOfScope', 'abusive', 'illegal', 'unclear', 'legalChannel', 'other');
  CREATE TYPE "public"."enum_messages_rating_value" AS ENUM('satisfied', 'basic', 'unsatisfied');
  CREATE TYPE "public"."enum_message_replies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__message_replies_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'interactionOfficer' BEFORE 'sysAdmin';
  ALTER TYPE "public"."enum_workflow_definitions_stages_role" ADD VALUE 'interactionOfficer' BEFORE 'sysAdmin';
  ALTER TYPE "public"."enum_workflow_definitions_collection" ADD VALUE 'message-replies';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'caseHandling';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'interactionAlarms' BEFORE 'workflowReminders';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'interactionAlarms' BEFORE 'workflowReminders';
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"query_code" varchar,
  	"received_via" "enum_messages_received_via" DEFAULT 'online',
  	"received_at" timestamp(3) with time zone,
  	"type_id" integer NOT NULL,
  	"leader_id" integer,
  	"title" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"publish_consent" boolean DEFAULT false,
  	"name" varchar NOT NULL,
  	"mobile" varchar NOT NULL,
  	"email" varchar,
  	"status" "enum_messages_status" DEFAULT 'received' NOT NULL,
  	"unit_id" integer,
  	"answer_days" numeric,
  	"refusal_reason" "enum_messages_refusal_reason",
  	"refusal_note" varchar,
  	"handled_at" timestamp(3) with time zone,
  	"handled_by_id" integer,
  	"assigned_at" timestamp(3) with time zone,
  	"due_at" timestamp(3) with time zone,
  	"calendar_missing_years" varchar,
  	"extension_requested" boolean DEFAULT false,
  	"extension_approved" boolean DEFAULT false,
  	"extension_days" numeric,
  	"extension_reason" varchar,
  	"extension_requested_by_id" integer,
  	"extension_requested_at" timestamp(3) with time zone,
  	"extension_approved_by_id" integer,
  	"extension_approved_at" timestamp(3) with time zone,
  	"reply_id" integer,
  	"reply_text" varchar,
  	"replied_at" timestamp(3) with time zone,
  	"rating_value" "enum_messages_rating_value",
  	"rating_rated_at" timestamp(3) with time zone,
  	"rating_defaulted" boolean,
  	"rating_comment" varchar,
  	"alerts_day30_at" timestamp(3) with time zone,
  	"alerts_day60_at" timestamp(3) with time zone,
  	"alerts_day80_at" timestamp(3) with time zone,
  	"source_ip" varchar,
  	"duplicate_key" varchar,
  	"lookup_failures" numeric DEFAULT 0,
  	"lookup_locked_until" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"message_attachments_id" integer
  );
  
  CREATE TABLE "message_replies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message_id" integer,
  	"type_name" varchar,
  	"type_code" varchar,
  	"to_leader" boolean,
  	"unit_id" integer,
  	"received_at" timestamp(3) with time zone,
  	"handled_at" timestamp(3) with time zone,
  	"replied_at" timestamp(3) with time zone,
  	"public_title" varchar,
  	"public_question" varchar,
  	"text" varchar,
  	"public" boolean,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_message_replies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_message_replies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_message_id" integer,
  	"version_type_name" varchar,
  	"version_type_code" varchar,
  	"version_to_leader" boolean,
  	"version_unit_id" integer,
  	"version_received_at" timestamp(3) with time zone,
  	"version_handled_at" timestamp(3) with time zone,
  	"version_replied_at" timestamp(3) with time zone,
  	"version_public_title" varchar,
  	"version_public_question" varchar,
  	"version_text" varchar,
  	"version_public" boolean,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__message_replies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "message_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message_id" integer,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "message_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"answer_days" numeric DEFAULT 10 NOT NULL,
  	"needs_leader" boolean DEFAULT false,
  	"enabled" boolean DEFAULT true,
  	"order" numeric DEFAULT 0,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mailbox_leaders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"duties" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "interaction_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"notice" varchar,
  	"rating_window_days" numeric DEFAULT 20,
  	"due_soon_days" numeric DEFAULT 3,
  	"messages_per_ip_per_day" numeric DEFAULT 5,
  	"duplicate_window_days" numeric DEFAULT 30,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_replies_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailbox_leaders_id" integer;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_type_id_message_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."message_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_leader_id_mailbox_leaders_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."mailbox_leaders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_extension_requested_by_id_users_id_fk" FOREIGN KEY ("extension_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_extension_approved_by_id_users_id_fk" FOREIGN KEY ("extension_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_reply_id_message_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."message_replies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "messages_rels" ADD CONSTRAINT "messages_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "message_replies" ADD CONSTRAINT "message_replies_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_replies" ADD CONSTRAINT "message_replies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_replies" ADD CONSTRAINT "message_replies_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_message_replies_v" ADD CONSTRAINT "_message_replies_v_parent_id_message_replies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."message_replies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_message_replies_v" ADD CONSTRAINT "_message_replies_v_version_message_id_messages_id_fk" FOREIGN KEY ("version_message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_message_replies_v" ADD CONSTRAINT "_message_replies_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_message_replies_v" ADD CONSTRAINT "_message_replies_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "messages_query_code_idx" ON "messages" USING btree ("query_code");
  CREATE INDEX "messages_received_at_idx" ON "messages" USING btree ("received_at");
  CREATE INDEX "messages_type_idx" ON "messages" USING btree ("type_id");
  CREATE INDEX "messages_leader_idx" ON "messages" USING btree ("leader_id");
  CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status");
  CREATE INDEX "messages_unit_idx" ON "messages" USING btree ("unit_id");
  CREATE INDEX "messages_handled_by_idx" ON "messages" USING btree ("handled_by_id");
  CREATE INDEX "messages_due_at_idx" ON "messages" USING btree ("due_at");
  CREATE INDEX "messages_extension_extension_requested_by_idx" ON "messages" USING btree ("extension_requested_by_id");
  CREATE INDEX "messages_extension_extension_approved_by_idx" ON "messages" USING btree ("extension_approved_by_id");
  CREATE INDEX "messages_reply_idx" ON "messages" USING btree ("reply_id");
  CREATE INDEX "messages_replied_at_idx" ON "messages" USING btree ("replied_at");
  CREATE INDEX "messages_source_ip_idx" ON "messages" USING btree ("source_ip");
  CREATE INDEX "messages_duplicate_key_idx" ON "messages" USING btree ("duplicate_key");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "messages_rels_order_idx" ON "messages_rels" USING btree ("order");
  CREATE INDEX "messages_rels_parent_idx" ON "messages_rels" USING btree ("parent_id");
  CREATE INDEX "messages_rels_path_idx" ON "messages_rels" USING btree ("path");
  CREATE INDEX "messages_rels_message_attachments_id_idx" ON "messages_rels" USING btree ("message_attachments_id");
  CREATE INDEX "message_replies_message_idx" ON "message_replies" USING btree ("message_id");
  CREATE INDEX "message_replies_type_code_idx" ON "message_replies" USING btree ("type_code");
  CREATE INDEX "message_replies_unit_idx" ON "message_replies" USING btree ("unit_id");
  CREATE INDEX "message_replies_created_by_idx" ON "message_replies" USING btree ("created_by_id");
  CREATE INDEX "message_replies_updated_at_idx" ON "message_replies" USING btree ("updated_at");
  CREATE INDEX "message_replies_created_at_idx" ON "message_replies" USING btree ("created_at");
  CREATE INDEX "message_replies__status_idx" ON "message_replies" USING btree ("_status");
  CREATE INDEX "_message_replies_v_parent_idx" ON "_message_replies_v" USING btree ("parent_id");
  CREATE INDEX "_message_replies_v_version_version_message_idx" ON "_message_replies_v" USING btree ("version_message_id");
  CREATE INDEX "_message_replies_v_version_version_type_code_idx" ON "_message_replies_v" USING btree ("version_type_code");
  CREATE INDEX "_message_replies_v_version_version_unit_idx" ON "_message_replies_v" USING btree ("version_unit_id");
  CREATE INDEX "_message_replies_v_version_version_created_by_idx" ON "_message_replies_v" USING btree ("version_created_by_id");
  CREATE INDEX "_message_replies_v_version_version_updated_at_idx" ON "_message_replies_v" USING btree ("version_updated_at");
  CREATE INDEX "_message_replies_v_version_version_created_at_idx" ON "_message_replies_v" USING btree ("version_created_at");
  CREATE INDEX "_message_replies_v_version_version__status_idx" ON "_message_replies_v" USING btree ("version__status");
  CREATE INDEX "_message_replies_v_created_at_idx" ON "_message_replies_v" USING btree ("created_at");
  CREATE INDEX "_message_replies_v_updated_at_idx" ON "_message_replies_v" USING btree ("updated_at");
  CREATE INDEX "_message_replies_v_latest_idx" ON "_message_replies_v" USING btree ("latest");
  CREATE INDEX "message_attachments_message_idx" ON "message_attachments" USING btree ("message_id");
  CREATE INDEX "message_attachments_unit_idx" ON "message_attachments" USING btree ("unit_id");
  CREATE INDEX "message_attachments_updated_at_idx" ON "message_attachments" USING btree ("updated_at");
  CREATE INDEX "message_attachments_created_at_idx" ON "message_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "message_attachments_filename_idx" ON "message_attachments" USING btree ("filename");
  CREATE INDEX "message_attachments_sizes_thumbnail_sizes_thumbnail_file_idx" ON "message_attachments" USING btree ("sizes_thumbnail_filename");
  CREATE UNIQUE INDEX "message_types_code_idx" ON "message_types" USING btree ("code");
  CREATE INDEX "message_types_updated_at_idx" ON "message_types" USING btree ("updated_at");
  CREATE INDEX "message_types_created_at_idx" ON "message_types" USING btree ("created_at");
  CREATE INDEX "mailbox_leaders_updated_at_idx" ON "mailbox_leaders" USING btree ("updated_at");
  CREATE INDEX "mailbox_leaders_created_at_idx" ON "mailbox_leaders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_replies_fk" FOREIGN KEY ("message_replies_id") REFERENCES "public"."message_replies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_attachments_fk" FOREIGN KEY ("message_attachments_id") REFERENCES "public"."message_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_types_fk" FOREIGN KEY ("message_types_id") REFERENCES "public"."message_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailbox_leaders_fk" FOREIGN KEY ("mailbox_leaders_id") REFERENCES "public"."mailbox_leaders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_message_replies_id_idx" ON "payload_locked_documents_rels" USING btree ("message_replies_id");
  CREATE INDEX "payload_locked_documents_rels_message_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("message_attachments_id");
  CREATE INDEX "payload_locked_documents_rels_message_types_id_idx" ON "payload_locked_documents_rels" USING btree ("message_types_id");
  CREATE INDEX "payload_locked_documents_rels_mailbox_leaders_id_idx" ON "payload_locked_documents_rels" USING btree ("mailbox_leaders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "messages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_replies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_message_replies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_attachments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "message_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailbox_leaders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "interaction_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "messages_rels" CASCADE;
  DROP TABLE "message_replies" CASCADE;
  DROP TABLE "_message_replies_v" CASCADE;
  DROP TABLE "message_attachments" CASCADE;
  DROP TABLE "message_types" CASCADE;
  DROP TABLE "mailbox_leaders" CASCADE;
  DROP TABLE "interaction_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_replies_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailbox_leaders_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'disclosureOfficer', 'infoEditor', 'sysAdmin', 'secAdmin', 'auditAdmin');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  ALTER TABLE "workflow_definitions_stages" ALTER COLUMN "role" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_stages_role";
  CREATE TYPE "public"."enum_workflow_definitions_stages_role" AS ENUM('officer', 'webmaster', 'unitHead', 'reviewer', 'leader', 'disclosureOfficer', 'infoEditor', 'sysAdmin', 'secAdmin', 'auditAdmin');
  ALTER TABLE "workflow_definitions_stages" ALTER COLUMN "role" SET DATA TYPE "public"."enum_workflow_definitions_stages_role" USING "role"::"public"."enum_workflow_definitions_stages_role";
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_definitions_collection";
  CREATE TYPE "public"."enum_workflow_definitions_collection" AS ENUM('articles', 'it-projects', 'policies', 'interpretations', 'annual-reports', 'submissions', 'journal-issues', 'bulletins');
  ALTER TABLE "workflow_definitions" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_workflow_definitions_collection" USING "collection"::"public"."enum_workflow_definitions_collection";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'reject', 'return', 'withdraw', 'delegate', 'emergency', 'void', 'publish', 'file', 'login', 'loginFailed', 'lockout', 'unlock', 'logout', 'userCreate', 'userUpdate', 'userDelete', 'roleChange', 'passwordChange', 'passwordReset', 'emailChange', 'configChange', 'personalDataRead', 'personalDataExport', 'mediaReplace', 'auditExport', 'auditArchive');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'workflowReminders', 'auditCheckpoint', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishPortal', 'expireArticles', 'draftMonthlyBulletins', 'workflowReminders', 'auditCheckpoint', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_message_replies_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_message_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_mailbox_leaders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_replies_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailbox_leaders_id";
  DROP TYPE "public"."enum_messages_received_via";
  DROP TYPE "public"."enum_messages_status";
  DROP TYPE "public"."enum_messages_refusal_reason";
  DROP TYPE "public"."enum_messages_rating_value";
  DROP TYPE "public"."enum_message_replies_status";
  DROP TYPE "public"."enum__message_replies_v_version_status";`)
}
