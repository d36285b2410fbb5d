import { searchPatterns, searchWords } from '@partrack/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Where the words are looked for: a column written by `toSearchDocument` (read with LIKE, which a
 * trigram index serves), or the tsvector of one (`{ vector }`, a GIN index finds a word at once).
 */
export type SearchDocument = AnyPgColumn | { vector: AnyPgColumn };

/** The tsquery text of a word: as a whole word, or as a prefix (the query's last word). */
export function tsQueryOf(word: string, isPrefix: boolean): string {
  return isPrefix ? `${word}:*` : word;
}

/** A tsvector holding the word: as a whole word, or as a prefix (the query's last word). */
function matchesWord(vector: AnyPgColumn, word: string, isPrefix: boolean): SQL {
  return sql`${vector} @@ to_tsquery('simple', ${tsQueryOf(word, isPrefix)})`;
}

/**
 * The one search condition: every word of the query, as a whole word (the last may be a prefix), in
 * the document, or matched by one of the alternatives given (another document, such as the inspected
 * unit's name, by its LIKE pattern). A query without words matches nothing. Words hold only letters
 * and digits, so patterns need no LIKE escaping and lexemes no tsquery quoting.
 */
export function matchesSearch(
  document: SearchDocument,
  query: string,
  ...alternatives: ((pattern: string) => SQL)[]
): SQL {
  const words = searchWords(query);
  const patterns = searchPatterns(query);
  if (words.length === 0) return sql`false`;
  return and(
    ...words.map((word, index) => {
      const pattern = patterns[index] as string;
      const isLast = index === words.length - 1;
      const found =
        'vector' in document ? matchesWord(document.vector, word, isLast) : sql`${document} LIKE ${pattern}`;
      return alternatives.length === 0
        ? found
        : sql`(${sql.join([found, ...alternatives.map((alternative) => alternative(pattern))], sql` OR `)})`;
    }),
  ) as SQL;
}
