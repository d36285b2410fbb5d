-- An inspection's tsvector stays in its row (compressed) instead of going to TOAST: a text search
-- whose plan tests the words row by row (the planner chooses it when it prices the GIN index's
-- prefix scan high, as it did on a freshly generated national data set) read each vector through
-- the TOAST index, 17–34 ms for a year's inspections; inline, 3.6 ms (docs/performance.md). Rows
-- written before this keep their vectors where they are until rewritten (VACUUM FULL inspections).
ALTER TABLE "inspections" ALTER COLUMN "search_vector" SET STORAGE MAIN;
