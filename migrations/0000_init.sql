CREATE TYPE "public"."unit_level" AS ENUM('province', 'department', 'district', 'commune');--> statement-breakpoint
CREATE TABLE "unit_successions" (
	"predecessor_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"note" text,
	CONSTRAINT "unit_successions_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id"),
	CONSTRAINT "unit_successions_distinct" CHECK ("unit_successions"."predecessor_id" <> "unit_successions"."successor_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"level" "unit_level" NOT NULL,
	"parent_id" uuid,
	"code" text,
	"valid_from" date,
	"valid_to" date,
	"search_text" text NOT NULL,
	"sort_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_code_unique" UNIQUE("code"),
	CONSTRAINT "units_valid_range" CHECK ("units"."valid_to" IS NULL OR "units"."valid_from" IS NULL OR "units"."valid_from" <= "units"."valid_to"),
	CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" IS NULL OR "units"."parent_id" <> "units"."id")
);
--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_predecessor_id_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_successor_id_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_successions_successor_idx" ON "unit_successions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id","level","sort_name");--> statement-breakpoint
CREATE INDEX "units_level_idx" ON "units" USING btree ("level","sort_name");