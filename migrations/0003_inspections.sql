CREATE TYPE "public"."figure_qualifier" AS ENUM('exact', 'approx', 'more_than', 'less_than');--> statement-breakpoint
CREATE TYPE "public"."finding_kind" AS ENUM('strength', 'limitation');--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('visit', 'review_meeting', 'unit_report');--> statement-breakpoint
CREATE TYPE "public"."par_area" AS ENUM('leadership', 'institutions', 'procedures', 'organisation', 'civil_service', 'public_finance', 'digital_government', 'impact', 'other');--> statement-breakpoint
CREATE TYPE "public"."part_of_day" AS ENUM('morning', 'afternoon', 'evening', 'full_day');--> statement-breakpoint
CREATE TABLE "directive_coordinating_units" (
	"directive_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "directive_coordinating_units_directive_id_unit_id_pk" PRIMARY KEY("directive_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "directives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"lead_unit_id" uuid NOT NULL,
	"text" text NOT NULL,
	"par_area" "par_area" DEFAULT 'other' NOT NULL,
	"due_date" date,
	"completed_on" date
);
--> statement-breakpoint
CREATE TABLE "figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"indicator" text NOT NULL,
	"tier" "unit_level",
	"period_start" date,
	"period_end" date NOT NULL,
	"value" double precision NOT NULL,
	"qualifier" "figure_qualifier" DEFAULT 'exact' NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "finding_kind" NOT NULL,
	"par_area" "par_area",
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_sites" (
	"inspection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"unit_id" uuid NOT NULL,
	"place" text,
	CONSTRAINT "inspection_sites_inspection_id_position_pk" PRIMARY KEY("inspection_id","position")
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" "inspection_kind" NOT NULL,
	"date" date NOT NULL,
	"part_of_day" "part_of_day",
	"topic" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"delegation" jsonb,
	"leader_name" text,
	"leader_title" text,
	"source_reference" text,
	"search_text" text NOT NULL,
	"leader_search" text DEFAULT '' NOT NULL,
	"logged_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	CONSTRAINT "inspections_period" CHECK ("inspections"."period_start" IS NULL OR "inspections"."period_end" IS NULL OR "inspections"."period_start" <= "inspections"."period_end")
);
--> statement-breakpoint
ALTER TABLE "directive_coordinating_units" ADD CONSTRAINT "directive_coordinating_units_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_coordinating_units" ADD CONSTRAINT "directive_coordinating_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figures" ADD CONSTRAINT "figures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_sites" ADD CONSTRAINT "inspection_sites_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_sites" ADD CONSTRAINT "inspection_sites_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_logged_by_users_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directives_inspection_idx" ON "directives" USING btree ("inspection_id","position");--> statement-breakpoint
CREATE INDEX "directives_lead_unit_due_idx" ON "directives" USING btree ("lead_unit_id","due_date");--> statement-breakpoint
CREATE INDEX "figures_inspection_idx" ON "figures" USING btree ("inspection_id","position");--> statement-breakpoint
CREATE INDEX "figures_unit_indicator_idx" ON "figures" USING btree ("unit_id","indicator","period_end");--> statement-breakpoint
CREATE INDEX "findings_inspection_idx" ON "findings" USING btree ("inspection_id","position");--> statement-breakpoint
CREATE INDEX "inspections_unit_date_idx" ON "inspections" USING btree ("unit_id","date");--> statement-breakpoint
CREATE INDEX "inspections_date_idx" ON "inspections" USING btree ("date");