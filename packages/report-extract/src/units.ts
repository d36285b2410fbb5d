import type { UnitLevel } from '@partrack/contracts';
import type { Range } from './layout';
import { type Doc, isCapitalised } from './text';

export type Mention = { name: string; level: UnitLevel | null; levelWord: string | null; range: Range };

/** Level words as written (folded), longest first so "thị xã" is not read as "xã". */
const LEVEL_WORDS: [string, UnitLevel | 'city'][] = [
  ['thanh pho', 'city'],
  ['thi tran', 'commune'],
  ['thi xa', 'district'],
  ['tp.', 'city'],
  ['tp', 'city'],
  ['huyen', 'district'],
  ['quan', 'district'],
  ['tinh', 'province'],
  ['phuong', 'commune'],
  ['xa', 'commune'],
  ['dac khu', 'commune'],
];

const EXACT_LEVEL_WORDS = new Set([
  'thành phố',
  'thị trấn',
  'thị xã',
  'tp.',
  'tp',
  'huyện',
  'quận',
  'tỉnh',
  'phường',
  'xã',
  'đặc khu',
]);

/** Cities directly under the central government: "thành phố" before them names a province. */
const CENTRAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];

/** Common family names: "UBND thành phố Lê Khắc Nam" names a person, not a city. */
export const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao trinh mai to ha luong truong lam cao quach doan vuong thai ta chu luu trieu nong lo hua kieu tang ton giang khuat la thach mac van tong lai dam kim vi han nghiem tieu bach diep'.split(
    ' ',
  ),
);

const LEVEL_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:(?:ubnd|uy ban nhan dan|hdnd|huyen uy|thanh uy|tinh uy|dang uy) )?(${LEVEL_WORDS.map(([word]) => word.replace('.', '\\.')).join('|')})(?= )`,
  'gu',
);

/** Words that look capitalised but never belong to a place name. */
const NOT_NAME = /^(ubnd|hdnd|tthc|cchc|ttg|cp|ct|qd|nq|ubmttq|ke|trong|tai|va|cua|ve|den|voi)$/;

/** Lower-case words found inside official place names ("Thị trấn Nông trường Việt Lâm"). */
const BRIDGING_WORDS = new Set(['truong']);

/** The capitalised words after `index`: "Nông trường Việt Lâm" keeps one lower-case word between capitals. */
export function readName(doc: Doc, index: number): { start: number; end: number; words: string[] } | null {
  const words: string[] = [];
  const re = /[\p{L}\p{N}]+/uy;
  let position = index;
  let start = -1;
  let end = index;
  while (words.length < 6) {
    while (doc.norm[position] === ' ') position += 1;
    re.lastIndex = position;
    const match = re.exec(doc.norm);
    if (!match) break;
    const word = match[0];
    const folded = doc.fold.slice(position, position + word.length);
    const isAcronym = word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word);
    const isNumber = /^\d+$/.test(word);
    if ((isCapitalised(word) && !isAcronym && !NOT_NAME.test(folded)) || (isNumber && words.length === 0)) {
      if (start < 0) start = position;
      words.push(word);
      end = position + word.length;
      position = end;
      if (isNumber) break;
      continue;
    }
    // New wards keep a number after their name ("phường Hà Giang 1"), before punctuation or the end.
    if (
      words.length > 0 &&
      /^\d{1,2}$/.test(word) &&
      /^(\s*[,.;:)]|\s*$|\s+va\s)/.test(doc.fold.slice(position + word.length, position + word.length + 4))
    ) {
      words.push(word);
      end = position + word.length;
      break;
    }
    // One lower-case word between two capitalised ones ("Nông trường Việt Lâm").
    if (words.length > 0 && BRIDGING_WORDS.has(folded)) {
      const after = position + word.length;
      if (doc.norm[after] === ' ') {
        re.lastIndex = after + 1;
        const next = re.exec(doc.norm);
        if (next && isCapitalised(next[0]) && next[0] !== next[0].toUpperCase()) {
          words.push(word);
          position = after;
          continue;
        }
      }
    }
    break;
  }
  if (words.length === 0) return null;
  return { start, end, words };
}

/** Whether a capitalised run reads as a person's name (surname first, three or four syllables). */
export function looksLikePerson(doc: Doc, start: number, end: number, words: string[]): boolean {
  const folded = doc.fold.slice(start, end);
  if (folded.startsWith('ho chi minh')) return false;
  const first = folded.split(' ')[0] ?? '';
  // Names are capitalised throughout; "Nông trường Việt Lâm" is a place.
  return SURNAMES.has(first) && words.length >= 3 && words.every(isCapitalised);
}

/** Every unit named with its level word: "huyện Vị Xuyên", "UBND quận Kiến An", "TP. Hải Phòng". */
export function findUnitMentions(doc: Doc, ranges: Range[]): Mention[] {
  const mentions: Mention[] = [];
  for (const range of ranges) {
    const text = doc.fold.slice(range.start, range.end);
    for (const match of text.matchAll(LEVEL_PATTERN)) {
      const wordIndex = range.start + match.index + match[0].length - (match[1] as string).length;
      const levelWord = doc.norm.slice(wordIndex, wordIndex + (match[1] as string).length);
      // Folding merges "quận" with "quan" (cơ quan), "tỉnh" with "tính", "xã" with "xa": keep the real words.
      if (!EXACT_LEVEL_WORDS.has(levelWord.toLowerCase())) continue;
      const name = readName(doc, wordIndex + levelWord.length);
      if (!name || name.end > range.end) continue;
      if (looksLikePerson(doc, name.start, name.end, name.words)) continue;
      const folded = doc.fold.slice(name.start, name.end);
      const mapped = LEVEL_WORDS.find(([word]) => word === match[1])?.[1] ?? null;
      const level: UnitLevel | null =
        mapped === 'city' ? (CENTRAL_CITIES.some((city) => folded === city) ? 'province' : 'district') : mapped;
      mentions.push({
        name: doc.norm.slice(name.start, name.end),
        level,
        levelWord: levelWord.replace(/\.$/, ''),
        range: { start: range.start + match.index, end: name.end },
      });
      // "các phường Hòa Minh, Hòa Khánh Bắc": one plural level word names a list.
      if (/(?<![\p{L}])cac\s+$/u.test(doc.fold.slice(Math.max(0, wordIndex - 5), wordIndex))) {
        let end = name.end;
        for (;;) {
          const joint = /^(,\s*|\s+va\s+)/.exec(doc.fold.slice(end, end + 6));
          if (!joint) break;
          const next = readName(doc, end + joint[0].length);
          if (!next || next.end > range.end) break;
          mentions.push({
            name: doc.norm.slice(next.start, next.end),
            level,
            levelWord: levelWord.replace(/\.$/, ''),
            range: { start: next.start, end: next.end },
          });
          end = next.end;
        }
      }
    }
  }
  return mentions;
}

/** Bare names of units already known ("tại Vị Xuyên"), so they count towards the main unit. */
export function findBareMentions(doc: Doc, ranges: Range[], names: string[]): Mention[] {
  const mentions: Mention[] = [];
  for (const name of new Set(names)) {
    const folded = foldName(name);
    for (const range of ranges) {
      const text = doc.fold.slice(range.start, range.end);
      let index = text.indexOf(folded);
      while (index >= 0) {
        const start = range.start + index;
        const end = start + folded.length;
        const before = doc.norm[start - 1];
        const after = doc.norm[end];
        const isWord = (!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after));
        if (isWord && isCapitalised(doc.norm.slice(start, end))) {
          mentions.push({ name: doc.norm.slice(start, end), level: null, levelWord: null, range: { start, end } });
        }
        index = text.indexOf(folded, index + folded.length);
      }
    }
  }
  return mentions;
}

export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
