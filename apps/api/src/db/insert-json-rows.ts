import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * A multi-row INSERT whose rows travel as one JSON parameter, unpacked by `json_populate_recordset`
 * into the table's own row type (as the backup's restore does). Drizzle's `insert().values()` makes
 * one bound parameter of every value, and building that statement cost more CPU than PostgreSQL's
 * work for an inspection's 30 children; this builds a short statement whatever the number of rows.
 *
 * Rows use the table's property names, as `insert().values()` takes them. A column that no row gives
 * keeps its default; one that some rows give and others not is NULL in the others, so it must have no
 * default (else those rows would differ from what `values()` writes).
 */
export function insertJsonRows<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL {
  const columns = Object.entries(getTableColumns(table));
  const given = columns.filter(([key]) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined));
  for (const [key, column] of given) {
    if (column.hasDefault && rows.some((row) => (row as Record<string, unknown>)[key] === undefined)) {
      throw new Error(`insertJsonRows(${column.name}): some rows give it and others not, and it has a default`);
    }
  }
  const json = rows.map((row) =>
    Object.fromEntries(
      given.map(([key, column]) => {
        const value = (row as Record<string, unknown>)[key];
        // JSON columns go in as JSON; every other value as the driver would send it.
        if (value === undefined || value === null) return [column.name, null];
        return [column.name, column.dataType === 'json' ? value : column.mapToDriverValue(value)];
      }),
    ),
  );
  const names = sql.join(
    given.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  return sql`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::json)`;
}
