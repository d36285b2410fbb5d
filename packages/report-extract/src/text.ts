import type { TextSpan } from '@partrack/contracts';

/**
 * The text in three aligned forms. `norm` is NFC with odd spaces turned into plain ones; `fold` is
 * `norm` lower-cased without diacritics (`đ` → `d`), character for character, so a regex run on `fold`
 * gives indexes valid in `norm`. Rules match on `fold` (reports spell "hoà"/"hòa", "uỷ"/"ủy", "Huyện"/
 * "huyện" either way) and read names and display text from `norm`. `starts`/`ends` map every `norm`
 * index back to the text as it was sent, which may be NFD or carry CR/LF and no-break spaces.
 */
export type Doc = {
  original: string;
  norm: string;
  fold: string;
  starts: number[];
  ends: number[];
};

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t\r\f\v]/g;

function foldChar(char: string): string {
  const stripped = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐÐ]/g, 'd').toLowerCase();
  if (stripped.length === 1) return stripped;
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

export function prepareText(original: string): Doc {
  const normParts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // A base character with its combining marks is one unit: NFC may merge it into one code unit.
  for (const match of original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const start = match.index;
    const end = start + match[0].length;
    const piece = match[0].normalize('NFC').replace(ODD_SPACES, ' ').replace(/Ð/g, 'Đ');
    for (let i = 0; i < piece.length; i += 1) {
      normParts.push(piece[i] as string);
      starts.push(start);
      ends.push(end);
    }
  }
  const norm = normParts.join('');
  const fold = normParts.map(foldChar).join('');
  return { original, norm, fold, starts, ends };
}

/** A `[start, end)` range of `norm` as a span of the original text. */
export function toSpan(doc: Doc, start: number, end: number): TextSpan {
  const s = start >= doc.starts.length ? doc.original.length : (doc.starts[start] as number);
  if (end <= start) return [s, s];
  const e = end - 1 >= doc.ends.length ? doc.original.length : (doc.ends[end - 1] as number);
  return [s, e];
}

/** `[start, end)` shrunk to exclude white space and the given punctuation at both ends. */
export function trimRange(text: string, start: number, end: number, chars = ' \n,;:.-–—•*+'): [number, number] {
  let s = start;
  let e = end;
  while (s < e && chars.includes(text[s] as string)) s += 1;
  while (e > s && chars.includes(text[e - 1] as string)) e -= 1;
  return [s, e];
}

/** Whether a word starts with a capital letter (Vietnamese included). */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

export function capitaliseFirst(text: string): string {
  return text.length === 0 ? text : (text[0] as string).toUpperCase() + text.slice(1);
}

/** Collapses runs of white space: extracted display text reads as one line. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
