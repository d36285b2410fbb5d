-- The standing figure of a key is the latest live inspection's; two inspections of one date logged in
-- one transaction (a bulk load, the demo data) tied, and which of them stood depended on the plan. The
-- inspection's id, then the figure's, now break the tie, the same on every run and in every database.
CREATE OR REPLACE FUNCTION refresh_figure_periods(unit_ids uuid[], tiers unit_level[], starts date[], ends date[])
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
                i.date DESC, i.created_at DESC, i.id DESC, f.position, f.id
    ) latest
   GROUP BY unit_id, tier, period_start, period_end;
END;
$$;
--> statement-breakpoint
-- Rebuild the keys where such a tie was possible.
SELECT refresh_figure_periods(array_agg(unit_id), array_agg(tier), array_agg(period_start), array_agg(period_end))
  FROM (
    SELECT DISTINCT f.unit_id, f.tier, f.period_start, f.period_end
      FROM figures f
      JOIN inspections i ON i.id = f.inspection_id
     GROUP BY f.unit_id, f.tier, f.period_start, f.period_end, f.indicator, i.date, i.created_at
    HAVING count(DISTINCT i.id) > 1
  ) tied;
