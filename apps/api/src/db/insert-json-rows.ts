import { type Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, executePreparedRows } from './database';

/** One table's rows for a multi-row INSERT: the columns they give and the rows as one JSON value. */
export type JsonRows = { readonly table: string; readonly columns: readonly string[]; readonly json: string };

const columnsOfTable = new WeakMap<PgTable, [string, Column][]>();

/**
 * The rows of one table as one JSON value, unpacked by `json_populate_recordset` into the table's own
 * row type (as the backup's restore does). Drizzle's `insert().values()` makes one bound parameter of
 * every value, and building that statement cost more CPU than PostgreSQL's work for an inspection's
 * 30 children; this sends one parameter a table whatever the number of rows.
 *
 * Rows use the table's property names, as `insert().values()` takes them. A column that no row gives
 * keeps its default; one that some rows give and others not is NULL in the others, so it must have no
 * default (else those rows would differ from what `values()` writes).
 */
export function jsonRows<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): JsonRows {
  let columns = columnsOfTable.get(table);
  if (!columns) {
    columns = Object.entries(getTableColumns(table));
    columnsOfTable.set(table, columns);
  }
  const values = rows as readonly Record<string, unknown>[];
  const given = columns.filter(([key]) => values.some((row) => row[key] !== undefined));
  for (const [key, column] of given) {
    if (column.hasDefault && values.some((row) => row[key] === undefined)) {
      throw new Error(`jsonRows(${column.name}): some rows give it and others not, and it has a default`);
    }
  }
  const json = values.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of given) {
      const value = row[key];
      // JSON columns go in as JSON; every other value as the driver would send it.
      out[column.name] =
        value === undefined || value === null
          ? null
          : column.dataType === 'json'
            ? value
            : column.mapToDriverValue(value);
    }
    return out;
  });
  return { table: getTableName(table), columns: given.map(([, column]) => column.name), json: JSON.stringify(json) };
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Statement texts by shape (tables, columns, RETURNING): as few as the kinds of writes, not the writes. */
const texts = new Map<string, string>();

function textOf(writes: readonly JsonRows[], returning: string): string {
  const key = `${writes.map((write) => `${write.table}(${write.columns.join(',')})`).join(' ')} ${returning}`;
  let text = texts.get(key);
  if (text === undefined) {
    const inserts = writes.map((write, index) => {
      const table = quoted(write.table);
      const columns = write.columns.map(quoted).join(', ');
      return `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $${index + 1}::json)`;
    });
    const last = `${inserts.pop()}${returning ? ` RETURNING ${returning}` : ''}`;
    const ctes = inserts.map((insert, index) => `w${index} AS (${insert})`);
    text = ctes.length > 0 ? `WITH ${ctes.join(', ')} ${last}` : last;
    texts.set(key, text);
  }
  return text;
}

/**
 * Inserts several tables' rows as one statement, each table's in a data-modifying CTE but the last's:
 * a new inspection with all it holds costs one round trip, not one per kind of child, and is atomic
 * without a transaction around it. The rows reference each other by ids the caller made, as none of
 * the inserts sees another's rows; foreign keys and the statement triggers check at its end. Answers
 * the last insert's rows for `returning` (SQL text of its own columns, written by the caller), none
 * without it. The text depends only on the writes' tables and columns, the rows travel bound: it is
 * built once per shape and prepared once per connection.
 */
export async function insertJsonRows<T = never>(db: Db, writes: readonly JsonRows[], returning = ''): Promise<T[]> {
  if (writes.length === 0) return [];
  return executePreparedRows<T>(db, { sql: textOf(writes, returning), params: writes.map((write) => write.json) });
}
