CREATE TYPE "public"."extension_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('accept', 'return');--> statement-breakpoint
CREATE TABLE "directive_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"requested_by" uuid,
	"requested_due_date" date NOT NULL,
	"reason" text NOT NULL,
	"status" "extension_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directive_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"decision" "review_decision" NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directive_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directive_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"percent_done" integer,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directive_updates_percent" CHECK ("directive_updates"."percent_done" IS NULL OR "directive_updates"."percent_done" BETWEEN 0 AND 100)
);
--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "reported_done_on" date;--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "extended_due_date" date;--> statement-breakpoint
ALTER TABLE "directive_extensions" ADD CONSTRAINT "directive_extensions_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_extensions" ADD CONSTRAINT "directive_extensions_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_extensions" ADD CONSTRAINT "directive_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_reviews" ADD CONSTRAINT "directive_reviews_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_reviews" ADD CONSTRAINT "directive_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_updates" ADD CONSTRAINT "directive_updates_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_updates" ADD CONSTRAINT "directive_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directive_extensions_directive_idx" ON "directive_extensions" USING btree ("directive_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "directive_extensions_one_pending_idx" ON "directive_extensions" USING btree ("directive_id") WHERE "directive_extensions"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "directive_reviews_directive_idx" ON "directive_reviews" USING btree ("directive_id","created_at");--> statement-breakpoint
CREATE INDEX "directive_updates_directive_idx" ON "directive_updates" USING btree ("directive_id","created_at");