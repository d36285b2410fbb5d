-- New rows reach a GIN index through its pending list, which every search reads in full until it is
-- merged (at 4 MB by default, or by VACUUM): a thousand new inspections made each search 2–3 ms slower
-- at national scale. A 64 kB list is merged every few dozen inserts instead.
ALTER INDEX inspections_search_vector_idx SET (gin_pending_list_limit = 64);
--> statement-breakpoint
ALTER INDEX units_search_vector_idx SET (gin_pending_list_limit = 64);
