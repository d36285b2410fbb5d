-- The refresh of 0015 asked whether a key has imported dossier counts once per figure of the key, not
-- once per key as it meant to: the planner folded the keys' subquery into the join and evaluated the
-- EXISTS in the filter of every figure it read. The keys are a materialised CTE now, each asked once:
-- a create's four new keys cost the refresh 1.08 → 0.79 ms (docs/performance.md). What it writes is
-- unchanged.
CREATE OR REPLACE FUNCTION refresh_figure_periods(unit_ids uuid[], tiers unit_level[], starts date[], ends date[])
RETURNS void
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
  IF cardinality(unit_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM units WHERE id = ANY (unit_ids) ORDER BY id FOR NO KEY UPDATE;
  DELETE FROM figure_periods p
   USING unnest(unit_ids, tiers, starts, ends) AS k(unit_id, tier, period_start, period_end)
   WHERE p.unit_id = k.unit_id AND p.period_end = k.period_end
     AND p.tier IS NOT DISTINCT FROM k.tier AND p.period_start IS NOT DISTINCT FROM k.period_start;
  WITH k AS MATERIALIZED (
    SELECT k.*, EXISTS (
             SELECT 1 FROM figures imported
              WHERE imported.unit_id = k.unit_id AND imported.period_end = k.period_end
                AND imported.tier IS NOT DISTINCT FROM k.tier
                AND imported.period_start IS NOT DISTINCT FROM k.period_start
                AND imported.source = 'one_stop_import'
                AND imported.indicator IN ('received', 'carried_over', 'resolved', 'resolved_early',
                  'resolved_on_time', 'resolved_late', 'in_progress', 'in_progress_within_deadline',
                  'in_progress_overdue', 'on_time_rate_reported')
           ) AS imported_dossiers
      FROM (SELECT DISTINCT * FROM unnest(unit_ids, tiers, starts, ends)) AS k(unit_id, tier, period_start, period_end)
  )
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
        FROM k
        JOIN figures f
          ON f.unit_id = k.unit_id AND f.period_end = k.period_end
         AND f.tier IS NOT DISTINCT FROM k.tier AND f.period_start IS NOT DISTINCT FROM k.period_start
        LEFT JOIN inspections i ON i.id = f.inspection_id
       WHERE (f.inspection_id IS NULL OR i.deleted_at IS NULL)
         -- An inspection's dossier counts give way wholly to imported dossier counts (ADR 018).
         AND NOT (
           k.imported_dossiers AND f.source = 'inspection'
           AND f.indicator IN ('received', 'carried_over', 'resolved', 'resolved_early', 'resolved_on_time',
             'resolved_late', 'in_progress', 'in_progress_within_deadline', 'in_progress_overdue',
             'on_time_rate_reported')
         )
       ORDER BY f.unit_id, f.tier, f.period_start, f.period_end, f.indicator,
                i.date DESC, i.created_at DESC, i.id DESC, f.position, f.id
    ) latest
   GROUP BY unit_id, tier, period_start, period_end;
END;
$$;
