import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_check_words_list" AS ENUM('sensitive', 'typo', 'removed');
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
  
  ALTER TABLE "workflow_runs_signatures" ADD COLUMN "check_note" varchar;
  ALTER TABLE "workflow_runs" ADD COLUMN "content_check" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "check_words_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "leaders_id" integer;
  CREATE INDEX "check_words_updated_at_idx" ON "check_words" USING btree ("updated_at");
  CREATE INDEX "check_words_created_at_idx" ON "check_words" USING btree ("created_at");
  CREATE UNIQUE INDEX "list_word_idx" ON "check_words" USING btree ("list","word");
  CREATE INDEX "leaders_updated_at_idx" ON "leaders" USING btree ("updated_at");
  CREATE INDEX "leaders_created_at_idx" ON "leaders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_check_words_fk" FOREIGN KEY ("check_words_id") REFERENCES "public"."check_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leaders_fk" FOREIGN KEY ("leaders_id") REFERENCES "public"."leaders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_check_words_id_idx" ON "payload_locked_documents_rels" USING btree ("check_words_id");
  CREATE INDEX "payload_locked_documents_rels_leaders_id_idx" ON "payload_locked_documents_rels" USING btree ("leaders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "check_words" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leaders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "check_words" CASCADE;
  DROP TABLE "leaders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_check_words_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_leaders_fk";
  
  DROP INDEX "payload_locked_documents_rels_check_words_id_idx";
  DROP INDEX "payload_locked_documents_rels_leaders_id_idx";
  ALTER TABLE "workflow_runs_signatures" DROP COLUMN "check_note";
  ALTER TABLE "workflow_runs" DROP COLUMN "content_check";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "check_words_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "leaders_id";
  DROP TYPE "public"."enum_check_words_list";`)
}
