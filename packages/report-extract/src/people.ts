import type { Range } from './layout';
import { capitaliseFirst, type Doc, isCapitalised, tidy } from './text';
import { SURNAMES } from './units';

export type Delegation = { name: string | null; number: number | null; range: Range };
export type Leader = { name: string; title: string | null; range: Range };

/** "Đoàn kiểm tra số 2", "Đoàn kiểm tra cải cách hành chính (CCHC) của tỉnh", "Đoàn công tác của Sở Nội vụ". */
export function findDelegation(doc: Doc, ranges: Range[]): Delegation | null {
  for (const range of ranges) {
    const text = doc.fold.slice(range.start, range.end);
    const match = /(?<![\p{L}])doan (kiem tra|cong tac|giam sat|khao sat)(?![\p{L}])/u.exec(text);
    if (!match) continue;
    // "Thành lập 3 Đoàn kiểm tra kỷ luật" is what the unit did, not who came.
    if (/(thanh lap|\d+)\s*$/.test(text.slice(0, match.index))) continue;
    const start = range.start + match.index;
    const rest = doc.fold.slice(start + match[0].length, range.end);
    const stop = rest.search(
      / do | da | dang | lam viec| tien hanh| kiem tra (?!cai cach|cchc)|, | di | den | vua | gom | ve | tai |\./,
    );
    const end = start + match[0].length + (stop >= 0 ? stop : Math.min(rest.length, 80));
    const name = capitaliseFirst(tidy(doc.norm.slice(start, end)));
    const number = /so (\d+)/.exec(doc.fold.slice(start, end));
    return { name, number: number ? Number(number[1]) : null, range: { start, end } };
  }
  return null;
}

const ROLE_CUE =
  /(lam truong doan|lam pho truong doan thuong truc|truong doan|chu tri|dan dau|lam truong ban)(?![\p{L}])/gu;
const HONORIFIC = /^(dong chi|d\/c|ong|ba|dai ta|thieu tuong|tien si|ts\.?)\s+/;
/** Where a title starts: a run of capitals that reaches one of these is no longer a name. */
const TITLE_START =
  /^(thanh uy vien|tinh uy vien|uy vien|bi thu|pho bi thu|chu tich|pho chu tich|giam doc|pho giam doc|truong|pho truong|chanh|thu truong|bo truong|ubnd|hdnd|uy ban|thuong truc|dai bieu|trung tuong|thieu tuong|dai ta)(?![\p{L}])/u;

/** Splits "Phó Chủ tịch UBND TP Nguyễn Đức Thọ" or "Hoàng Gia Long, Ủy viên BTV Tỉnh ủy, …" into name and title. */
function splitNameAndTitle(
  doc: Doc,
  start: number,
  end: number,
): { name: string; title: string | null; nameRange: Range } | null {
  let s = start;
  const honorific = HONORIFIC.exec(doc.fold.slice(s, end));
  if (honorific) s += honorific[0].length;
  const words = [...doc.norm.slice(s, end).matchAll(/[\p{L}\p{N}.]+/gu)].map((m) => ({
    word: m[0],
    start: s + m.index,
    end: s + m.index + m[0].length,
    fold: doc.fold.slice(s + m.index, s + m.index + m[0].length),
  }));
  const isNameWord = (w: (typeof words)[number]) =>
    isCapitalised(w.word) &&
    (w.word !== w.word.toUpperCase() || w.word.length === 1) &&
    !TITLE_START.test(doc.fold.slice(w.start, end));
  // "NAME, TITLE": the name comes first.
  const head = words.slice(0, 4);
  let count = 0;
  while (count < head.length && isNameWord(head[count] as (typeof words)[number])) count += 1;
  const firstWord = words[0];
  if (count >= 2 && firstWord && SURNAMES.has(firstWord.fold)) {
    const last = words[count - 1] as (typeof words)[number];
    const title = tidy(
      doc.norm
        .slice(last.end, end)
        .replace(/^[\s,–—-]+/, '')
        .replace(/[\s,;–—-]+$/, ''),
    );
    return {
      name: tidy(doc.norm.slice(firstWord.start, last.end)),
      title: title || null,
      nameRange: { start: firstWord.start, end: last.end },
    };
  }
  // "TITLE NAME": the name is the last run of capitalised words, from a family name on.
  for (let i = Math.max(0, words.length - 4); i < words.length - 1; i += 1) {
    const word = words[i] as (typeof words)[number];
    if (!SURNAMES.has(word.fold) || !isCapitalised(word.word)) continue;
    const tail = words.slice(i);
    if (!tail.every(isNameWord)) continue;
    const last = tail[tail.length - 1] as (typeof words)[number];
    const title = tidy(doc.norm.slice(s, word.start).replace(/[\s,–—-]+$/, ''));
    return {
      name: tidy(doc.norm.slice(word.start, last.end)),
      title: title || null,
      nameRange: { start: word.start, end: last.end },
    };
  }
  return null;
}

/**
 * The person who led the delegation or chaired the meeting: "do đồng chí X, TITLE làm Trưởng đoàn",
 * "do TITLE X làm Trưởng đoàn", "Đồng chí X, TITLE chủ trì hội nghị", "do ông X, TITLE chủ trì".
 */
export function findLeader(doc: Doc, ranges: Range[]): Leader | null {
  for (const range of ranges) {
    const text = doc.fold.slice(range.start, range.end);
    for (const cue of text.matchAll(ROLE_CUE)) {
      const cueAt = range.start + cue.index;
      const before = doc.fold.slice(range.start, cueAt);
      // The phrase starts after "do" (by), or at the start of the sentence ("Đồng chí X … chủ trì").
      const by = [...before.matchAll(/(?<![\p{L}])(do|duoi su chu tri cua|voi su tham du cua|gom)\s/gu)].at(-1);
      let start = by ? range.start + by.index + by[0].length : range.start;
      if (!by) {
        const honorific = [...before.matchAll(/(?<![\p{L}])(dong chi|ong|ba)\s/gu)].at(-1);
        if (honorific) start = range.start + honorific.index;
      }
      const split = splitNameAndTitle(doc, start, cueAt);
      if (split) return { name: split.name, title: split.title, range: { start, end: cueAt + cue[0].length } };
    }
  }
  return null;
}

/** Fallback from a headline: "Phó Chủ tịch UBND tỉnh Hoàng Gia Long kiểm tra …". */
export function findLeaderInHeadline(doc: Doc, range: Range): Leader | null {
  const text = doc.fold.slice(range.start, range.end);
  const verb = /(?<![\p{L}])(kiem tra|lam viec|khao sat|chu tri|chi dao)(?![\p{L}])/u.exec(text);
  if (!verb) return null;
  const split = splitNameAndTitle(doc, range.start, range.start + verb.index);
  if (!split?.title || !/chu tich|giam doc|bi thu|truong/.test(doc.fold.slice(range.start, range.start + verb.index)))
    return null;
  return { name: split.name, title: split.title, range: { start: range.start, end: split.nameRange.end } };
}
