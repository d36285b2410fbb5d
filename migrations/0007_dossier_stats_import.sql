CREATE TYPE "public"."figure_source" AS ENUM('inspection', 'one_stop_import');--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"imported_by" uuid,
	"row_count" integer DEFAULT 0 NOT NULL,
	"figures_created" integer DEFAULT 0 NOT NULL,
	"figures_updated" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "figures" ALTER COLUMN "inspection_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "source" "figure_source" DEFAULT 'inspection' NOT NULL;--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "import_batch_id" uuid;--> statement-breakpoint
ALTER TABLE "figures" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batches_created_idx" ON "import_batches" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_import_key_unique" UNIQUE("import_key");--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_source_owner" CHECK (("figures"."source" = 'inspection' AND "figures"."inspection_id" IS NOT NULL) OR ("figures"."source" <> 'inspection' AND "figures"."inspection_id" IS NULL AND "figures"."import_key" IS NOT NULL));