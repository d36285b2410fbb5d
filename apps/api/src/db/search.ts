import { searchPatterns } from '@partrack/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The one search condition: every word of the query, as a whole word (the last may be a prefix), in
 * a column written by `toSearchDocument`, or in any of the extra documents given. A query without
 * words matches nothing. Patterns hold only letters, digits and spaces, so need no LIKE escaping.
 */
export function matchesSearch(column: AnyPgColumn, query: string, ...alsoIn: SQL[]): SQL {
  const patterns = searchPatterns(query);
  if (patterns.length === 0) return sql`false`;
  const documents = [sql`${column}`, ...alsoIn];
  const haystack = documents.length === 1 ? documents[0] : sql.join(documents, sql` || `);
  return and(...patterns.map((pattern) => sql`${haystack} LIKE ${pattern}`)) as SQL;
}
