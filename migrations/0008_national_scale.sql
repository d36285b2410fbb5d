CREATE TABLE "figure_periods" (
	"unit_id" uuid NOT NULL,
	"tier" "unit_level",
	"period_start" date,
	"period_end" date NOT NULL,
	"figures" jsonb NOT NULL,
	"owner_ids" uuid[] NOT NULL,
	"received" double precision,
	"carried_over" double precision,
	"resolved" double precision,
	"resolved_early" double precision,
	"resolved_on_time" double precision,
	"resolved_late" double precision,
	"in_progress" double precision,
	"in_progress_within_deadline" double precision,
	"in_progress_overdue" double precision,
	"on_time_rate_reported" double precision,
	"plan_tasks_assigned" double precision,
	"plan_tasks_completed" double precision,
	"plan_tasks_completed_rate" double precision,
	CONSTRAINT "figure_periods_key" UNIQUE NULLS NOT DISTINCT("unit_id","period_end","tier","period_start")
);
--> statement-breakpoint
CREATE TABLE "unit_ancestors" (
	"ancestor_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"depth" integer NOT NULL,
	CONSTRAINT "unit_ancestors_ancestor_id_unit_id_pk" PRIMARY KEY("ancestor_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED;--> statement-breakpoint
ALTER TABLE "figure_periods" ADD CONSTRAINT "figure_periods_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_ancestors" ADD CONSTRAINT "unit_ancestors_ancestor_id_units_id_fk" FOREIGN KEY ("ancestor_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_ancestors" ADD CONSTRAINT "unit_ancestors_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_ancestors_unit_idx" ON "unit_ancestors" USING btree ("unit_id","ancestor_id");--> statement-breakpoint
CREATE INDEX "audit_events_type_seq_idx" ON "audit_events" USING btree ("entity_type","seq");--> statement-breakpoint
CREATE INDEX "inspections_search_vector_idx" ON "inspections" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "units_search_vector_idx" ON "units" USING gin ("search_vector");--> statement-breakpoint
-- unit_ancestors: each unit with itself (depth 0) and every ancestor. New units get their rows by
-- walking up from them; moving a unit (a new parent) rebuilds the table, which is rare and small.
CREATE FUNCTION unit_ancestors_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_ancestors (ancestor_id, unit_id, depth)
  WITH RECURSIVE walk AS (
    SELECT n.id AS ancestor_id, n.id AS unit_id, 0 AS depth FROM new_units n
    UNION ALL
    SELECT u.parent_id, walk.unit_id, walk.depth + 1
      FROM walk JOIN units u ON u.id = walk.ancestor_id
     WHERE u.parent_id IS NOT NULL AND walk.depth < 20
  )
  SELECT ancestor_id, unit_id, depth FROM walk;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION unit_ancestors_rebuild() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM unit_ancestors;
  INSERT INTO unit_ancestors (ancestor_id, unit_id, depth)
  WITH RECURSIVE walk AS (
    SELECT id AS ancestor_id, id AS unit_id, 0 AS depth FROM units
    UNION ALL
    SELECT u.parent_id, walk.unit_id, walk.depth + 1
      FROM walk JOIN units u ON u.id = walk.ancestor_id
     WHERE u.parent_id IS NOT NULL AND walk.depth < 20
  )
  SELECT ancestor_id, unit_id, depth FROM walk;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER units_ancestors_after_insert AFTER INSERT ON units
  REFERENCING NEW TABLE AS new_units FOR EACH STATEMENT EXECUTE FUNCTION unit_ancestors_after_insert();
--> statement-breakpoint
CREATE TRIGGER units_ancestors_after_move AFTER UPDATE OF parent_id ON units
  FOR EACH STATEMENT EXECUTE FUNCTION unit_ancestors_rebuild();
--> statement-breakpoint
INSERT INTO unit_ancestors (ancestor_id, unit_id, depth)
WITH RECURSIVE walk AS (
  SELECT id AS ancestor_id, id AS unit_id, 0 AS depth FROM units
  UNION ALL
  SELECT u.parent_id, walk.unit_id, walk.depth + 1
    FROM walk JOIN units u ON u.id = walk.ancestor_id
   WHERE u.parent_id IS NOT NULL AND walk.depth < 20
)
SELECT ancestor_id, unit_id, depth FROM walk;
--> statement-breakpoint
-- figure_periods: rebuilt for exactly the (unit, tier, period) keys a statement touched. For each
-- indicator the value that stands: an imported one-stop figure, else the most recent live
-- inspection's; an inspection's dossier counts give way wholly to imported dossier counts of the same
-- unit, tier and period (docs/decisions/018). The dossier indicators are those of the contracts'
-- `dossierIndicators`; the columns beside the JSON are the dashboard's indicators. Refreshes of one unit take turns (a row lock on the unit that does not block
-- foreign-key checks), so two writers never leave a stale row.
CREATE FUNCTION refresh_figure_periods(unit_ids uuid[], tiers unit_level[], starts date[], ends date[])
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(unit_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM units WHERE id = ANY (unit_ids) ORDER BY id FOR NO KEY UPDATE;
  DELETE FROM figure_periods p
   USING unnest(unit_ids, tiers, starts, ends) AS k(unit_id, tier, period_start, period_end)
   WHERE p.unit_id = k.unit_id AND p.period_end = k.period_end
     AND p.tier IS NOT DISTINCT FROM k.tier AND p.period_start IS NOT DISTINCT FROM k.period_start;
  INSERT INTO figure_periods (unit_id, tier, period_start, period_end, figures, owner_ids,
    received, carried_over, resolved, resolved_early, resolved_on_time,
    resolved_late, in_progress, in_progress_within_deadline, in_progress_overdue,
    on_time_rate_reported, plan_tasks_assigned, plan_tasks_completed, plan_tasks_completed_rate)
  SELECT unit_id, tier, period_start, period_end,
         jsonb_object_agg(indicator, jsonb_build_object('v', value, 'f', figure_id, 'i', inspection_id)),
         array_agg(DISTINCT owner_id),
         max(value) FILTER (WHERE indicator = 'received'),
         max(value) FILTER (WHERE indicator = 'carried_over'),
         max(value) FILTER (WHERE indicator = 'resolved'),
         max(value) FILTER (WHERE indicator = 'resolved_early'),
         max(value) FILTER (WHERE indicator = 'resolved_on_time'),
         max(value) FILTER (WHERE indicator = 'resolved_late'),
         max(value) FILTER (WHERE indicator = 'in_progress'),
         max(value) FILTER (WHERE indicator = 'in_progress_within_deadline'),
         max(value) FILTER (WHERE indicator = 'in_progress_overdue'),
         max(value) FILTER (WHERE indicator = 'on_time_rate_reported'),
         max(value) FILTER (WHERE indicator = 'plan_tasks_assigned'),
         max(value) FILTER (WHERE indicator = 'plan_tasks_completed'),
         max(value) FILTER (WHERE indicator = 'plan_tasks_completed_rate')
    FROM (
      SELECT DISTINCT ON (f.unit_id, f.tier, f.period_start, f.period_end, f.indicator)
             f.unit_id, f.tier, f.period_start, f.period_end, f.indicator, f.value, f.id AS figure_id,
             f.inspection_id, coalesce(i.unit_id, f.unit_id) AS owner_id
        FROM (SELECT DISTINCT * FROM unnest(unit_ids, tiers, starts, ends)) AS k(unit_id, tier, period_start, period_end)
        JOIN figures f
          ON f.unit_id = k.unit_id AND f.period_end = k.period_end
         AND f.tier IS NOT DISTINCT FROM k.tier AND f.period_start IS NOT DISTINCT FROM k.period_start
        LEFT JOIN inspections i ON i.id = f.inspection_id
       WHERE (f.inspection_id IS NULL OR i.deleted_at IS NULL)
         AND NOT (
           f.source = 'inspection'
           AND f.indicator IN ('received', 'carried_over', 'resolved', 'resolved_early', 'resolved_on_time',
             'resolved_late', 'in_progress', 'in_progress_within_deadline', 'in_progress_overdue',
             'on_time_rate_reported')
           AND EXISTS (
             SELECT 1 FROM figures imported
              WHERE imported.source = 'one_stop_import' AND imported.unit_id = f.unit_id
                AND imported.tier IS NOT DISTINCT FROM f.tier
                AND imported.period_start IS NOT DISTINCT FROM f.period_start
                AND imported.period_end = f.period_end
                AND imported.indicator IN ('received', 'carried_over', 'resolved', 'resolved_early',
                  'resolved_on_time', 'resolved_late', 'in_progress', 'in_progress_within_deadline',
                  'in_progress_overdue', 'on_time_rate_reported')
           )
         )
       ORDER BY f.unit_id, f.tier, f.period_start, f.period_end, f.indicator,
                i.date DESC, i.created_at DESC, f.position
    ) latest
   GROUP BY unit_id, tier, period_start, period_end;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION figure_periods_after_figures() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  keys record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(unit_id) AS u, array_agg(tier) AS t, array_agg(period_start) AS s, array_agg(period_end) AS e
      INTO keys FROM (SELECT DISTINCT unit_id, tier, period_start, period_end FROM new_figures) changed;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(unit_id) AS u, array_agg(tier) AS t, array_agg(period_start) AS s, array_agg(period_end) AS e
      INTO keys FROM (SELECT DISTINCT unit_id, tier, period_start, period_end FROM old_figures) changed;
  ELSE
    SELECT array_agg(unit_id) AS u, array_agg(tier) AS t, array_agg(period_start) AS s, array_agg(period_end) AS e
      INTO keys FROM (
        SELECT unit_id, tier, period_start, period_end FROM new_figures
        UNION
        SELECT unit_id, tier, period_start, period_end FROM old_figures
      ) changed;
  END IF;
  IF keys.u IS NOT NULL THEN
    PERFORM refresh_figure_periods(keys.u, keys.t, keys.s, keys.e);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER figures_periods_after_insert AFTER INSERT ON figures
  REFERENCING NEW TABLE AS new_figures FOR EACH STATEMENT EXECUTE FUNCTION figure_periods_after_figures();
--> statement-breakpoint
CREATE TRIGGER figures_periods_after_update AFTER UPDATE ON figures
  REFERENCING OLD TABLE AS old_figures NEW TABLE AS new_figures
  FOR EACH STATEMENT EXECUTE FUNCTION figure_periods_after_figures();
--> statement-breakpoint
CREATE TRIGGER figures_periods_after_delete AFTER DELETE ON figures
  REFERENCING OLD TABLE AS old_figures FOR EACH STATEMENT EXECUTE FUNCTION figure_periods_after_figures();
--> statement-breakpoint
-- An inspection deleted, restored, moved to another day or unit changes which of its figures stand.
CREATE FUNCTION figure_periods_after_inspections() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  keys record;
BEGIN
  SELECT array_agg(unit_id) AS u, array_agg(tier) AS t, array_agg(period_start) AS s, array_agg(period_end) AS e
    INTO keys FROM (
      SELECT DISTINCT f.unit_id, f.tier, f.period_start, f.period_end
        FROM new_inspections n
        JOIN old_inspections o ON o.id = n.id
        JOIN figures f ON f.inspection_id = n.id
       WHERE n.deleted_at IS DISTINCT FROM o.deleted_at OR n.date <> o.date OR n.unit_id <> o.unit_id
    ) changed;
  IF keys.u IS NOT NULL THEN
    PERFORM refresh_figure_periods(keys.u, keys.t, keys.s, keys.e);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inspections_periods_after_update AFTER UPDATE ON inspections
  REFERENCING OLD TABLE AS old_inspections NEW TABLE AS new_inspections
  FOR EACH STATEMENT EXECUTE FUNCTION figure_periods_after_inspections();
--> statement-breakpoint
SELECT refresh_figure_periods(array_agg(unit_id), array_agg(tier), array_agg(period_start), array_agg(period_end))
  FROM (SELECT DISTINCT unit_id, tier, period_start, period_end FROM figures) existing;
