/**
 * Folds text for search: lower case, Vietnamese diacritics removed, `đ` → `d`, white space collapsed.
 * The API stores folded copies of searchable text and folds the query the same way, so
 * "kien thuy" finds "Kiến Thụy" and "phuong" finds "Phường" on every database.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The searchable form of some texts: folded, punctuation turned into spaces, and padded with a space
 * at each end, so that `% word %` matches whole words only.
 */
export function toSearchDocument(...parts: (string | null | undefined)[]): string {
  const words = searchWords(parts.filter(Boolean).join(' '));
  return ` ${words.join(' ')} `;
}

/** The words of a query or text, folded, without punctuation. */
export function searchWords(text: string): string[] {
  return foldSearchText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/**
 * LIKE patterns for a query against a search document: every word must appear as a whole word, in
 * any order, except the last, which may be the start of a word (the user is still typing).
 * Short syllables ("gia", "an") would otherwise match inside others ("giang", "thanh").
 * An empty list means the query has no words and matches nothing.
 */
export function searchPatterns(query: string): string[] {
  const words = searchWords(query);
  return words.map((word, index) => (index === words.length - 1 ? `% ${word}%` : `% ${word} %`));
}
