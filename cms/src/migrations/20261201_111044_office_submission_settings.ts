import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_office_submission_settings_rules_event" AS ENUM('received', 'adopted', 'returned', 'instruction');
  CREATE TYPE "public"."enum_office_submission_settings_rules_office_level" AS ENUM('township', 'county', 'city', 'province', 'national', 'subsidiary', 'group');
  CREATE TYPE "public"."enum_office_submission_settings_rules_journal_kind" AS ENUM('yaoqing', 'kuaixun', 'zhuanbao', 'xinxi', 'other');
  CREATE TYPE "public"."enum_office_submission_settings_rules_leader_level" AS ENUM('countyMain', 'county', 'cityMain', 'city', 'province', 'national');
  CREATE TYPE "public"."enum_office_submission_settings_rules_credit_to" AS ENUM('both', 'origin', 'forwarders');
  CREATE TABLE "office_submission_settings_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"event" "enum_office_submission_settings_rules_event" NOT NULL,
  	"points" numeric NOT NULL,
  	"office_level" "enum_office_submission_settings_rules_office_level",
  	"journal_kind" "enum_office_submission_settings_rules_journal_kind",
  	"leader_level" "enum_office_submission_settings_rules_leader_level",
  	"credit_to" "enum_office_submission_settings_rules_credit_to" DEFAULT 'both'
  );
  
  CREATE TABLE "office_submission_settings_annual_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"unit_id" integer NOT NULL,
  	"target_score" numeric NOT NULL
  );
  
  CREATE TABLE "office_submission_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"office_id" integer,
  	"monthly_quota" numeric DEFAULT 1 NOT NULL,
  	"default_annual_target" numeric DEFAULT 100 NOT NULL,
  	"feedback_days" numeric DEFAULT 10 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "office_submission_settings_id" integer;
  ALTER TABLE "office_submission_settings_rules" ADD CONSTRAINT "office_submission_settings_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_submission_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_submission_settings_annual_targets" ADD CONSTRAINT "office_submission_settings_annual_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "office_submission_settings_annual_targets" ADD CONSTRAINT "office_submission_settings_annual_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."office_submission_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "office_submission_settings" ADD CONSTRAINT "office_submission_settings_office_id_units_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "office_submission_settings_rules_order_idx" ON "office_submission_settings_rules" USING btree ("_order");
  CREATE INDEX "office_submission_settings_rules_parent_id_idx" ON "office_submission_settings_rules" USING btree ("_parent_id");
  CREATE INDEX "office_submission_settings_annual_targets_order_idx" ON "office_submission_settings_annual_targets" USING btree ("_order");
  CREATE INDEX "office_submission_settings_annual_targets_parent_id_idx" ON "office_submission_settings_annual_targets" USING btree ("_parent_id");
  CREATE INDEX "office_submission_settings_annual_targets_unit_idx" ON "office_submission_settings_annual_targets" USING btree ("unit_id");
  CREATE UNIQUE INDEX "office_submission_settings_office_idx" ON "office_submission_settings" USING btree ("office_id");
  CREATE INDEX "office_submission_settings_updated_at_idx" ON "office_submission_settings" USING btree ("updated_at");
  CREATE INDEX "office_submission_settings_created_at_idx" ON "office_submission_settings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_office_submission_settings_fk" FOREIGN KEY ("office_submission_settings_id") REFERENCES "public"."office_submission_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_office_submission_settings_idx" ON "payload_locked_documents_rels" USING btree ("office_submission_settings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "office_submission_settings_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_submission_settings_annual_targets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "office_submission_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "office_submission_settings_rules" CASCADE;
  DROP TABLE "office_submission_settings_annual_targets" CASCADE;
  DROP TABLE "office_submission_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_office_submission_settings_fk";
  
  DROP INDEX "payload_locked_documents_rels_office_submission_settings_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "office_submission_settings_id";
  DROP TYPE "public"."enum_office_submission_settings_rules_event";
  DROP TYPE "public"."enum_office_submission_settings_rules_office_level";
  DROP TYPE "public"."enum_office_submission_settings_rules_journal_kind";
  DROP TYPE "public"."enum_office_submission_settings_rules_leader_level";
  DROP TYPE "public"."enum_office_submission_settings_rules_credit_to";`)
}
