/** A query function both drivers have: `pg.Client.query` and `PGlite.query`. */
export type RunQuery = (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;

/** A column as the JSON rows carry it (record type) and, when different, how it is stored (a cast). */
export type BulkColumn = { name: string; type: string; cast?: string };

const BATCH_ROWS = 20_000;

/**
 * Multi-row inserts: each batch travels as one JSON parameter and is unpacked by `json_to_recordset`,
 * the same on PostgreSQL and PGlite (as the one-stop import does, docs/decisions/018). Returns the
 * number of rows written.
 */
export async function bulkInsert(
  run: RunQuery,
  table: string,
  columns: BulkColumn[],
  rows: Iterable<Record<string, unknown>>,
): Promise<number> {
  const names = columns.map((column) => column.name).join(', ');
  const record = columns.map((column) => `${column.name} ${column.type}`).join(', ');
  const values = columns.map((column) => (column.cast ? `r.${column.name}::${column.cast}` : `r.${column.name}`));
  const text = `INSERT INTO ${table} (${names}) SELECT ${values.join(', ')} FROM json_to_recordset($1::json) AS r(${record})`;
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      await run(text, [JSON.stringify(batch)]);
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) {
    await run(text, [JSON.stringify(batch)]);
    written += batch.length;
  }
  return written;
}
