-- The audit chain is sealed after commit (ADR 008, docs/performance.md). A change used to take the
-- chain's lock and hold it until it committed, so every writer waited for the others' commits, disk
-- flush included. Now a change only inserts its event, unsealed (prev_hash, hash, chain_seq NULL),
-- and the sealer links committed events into the chain in batches: chain_seq is the order it sealed
-- them in, which is commit order, as seq (taken at insert) is not.
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
-- The chain so far was linked in seq order.
ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_no_update_or_delete;--> statement-breakpoint
UPDATE "audit_events" SET "chain_seq" = "seq";--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER audit_events_no_update_or_delete;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_sealed_whole" CHECK (("audit_events"."hash" IS NULL) = ("audit_events"."prev_hash" IS NULL) AND ("audit_events"."hash" IS NULL) = ("audit_events"."chain_seq" IS NULL));--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_idx" ON "audit_events" USING btree ("chain_seq");--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("seq") WHERE "audit_events"."hash" IS NULL;--> statement-breakpoint
-- Still append-only: the one change allowed is sealing an unsealed event, which sets its link, hash
-- and place in the chain and nothing else.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (NEW.seq, NEW.occurred_at, NEW.actor_id, NEW.actor_username, NEW.action, NEW.entity_type,
          NEW.entity_id, NEW.before, NEW.after, NEW.request_id, NEW.ip)
         IS NOT DISTINCT FROM
         (OLD.seq, OLD.occurred_at, OLD.actor_id, OLD.actor_username, OLD.action, OLD.entity_type,
          OLD.entity_id, OLD.before, OLD.after, OLD.request_id, OLD.ip) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
DROP FUNCTION append_audit_event(timestamptz, uuid, text, text, text, text, jsonb, jsonb, text, text, text);
