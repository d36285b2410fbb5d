import type { PartOfDay } from '@partrack/contracts';
import type { Range } from './layout';

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function fullYear(text: string | undefined): number | null {
  if (!text) return null;
  const year = Number(text);
  if (text.length === 2) return 2000 + year;
  return text.length === 4 ? year : null;
}

/**
 * A day and month completed with a year: the one written, else the reference date's year — and the
 * year before when that would put the day after the reference (a report is published after the event).
 */
export function completeDate(day: number, month: number, year: number | null, reference: string | null): string | null {
  if (year !== null) return isoDate(year, month, day);
  if (!reference) return null;
  const refYear = Number(reference.slice(0, 4));
  const candidate = isoDate(refYear, month, day);
  if (candidate && candidate > reference) return isoDate(refYear - 1, month, day);
  return candidate;
}

const PART_OF_DAY: Record<string, PartOfDay> = {
  sang: 'morning',
  chieu: 'afternoon',
  toi: 'evening',
  trua: 'afternoon',
};

export type EventDate = { date: string; range: Range; partOfDay: { value: PartOfDay; range: Range } | null };

const WITH_PART_OF_DAY =
  /(?<![\p{L}])(sang|chieu|toi|trua)(?: nay| qua| hom nay| hom qua)?(?: ngay| hom)?(?: thu (?:hai|ba|tu|nam|sau|bay)| chu nhat)?\s*[,(]?\s*(?:ngay\s+)?(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}|\d{2}))?(?![\d.,]*\d)\)?/gu;
const DAY_MONTH =
  /(?<![\p{L}])(?<!(?:tu|den|truoc|sau|toi|nay|han) )ngay\s+(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}))?(?![\d])/gu;
const DAY_MONTH_WORDS = /(?<![\p{L}])ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/gu;
const PAREN_DAY = /\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\)/g;

/** The day of the event, read from the first sentences: "Sáng 25.8", "Chiều 19-9", "ngày 28/6/2021", "(18/12)". */
export function findEventDate(fold: string, ranges: Range[], reference: string | null): EventDate | null {
  for (const pattern of [WITH_PART_OF_DAY, DAY_MONTH, DAY_MONTH_WORDS, PAREN_DAY]) {
    for (const range of ranges) {
      const text = fold.slice(range.start, range.end);
      for (const match of text.matchAll(pattern)) {
        const hasPart = pattern === WITH_PART_OF_DAY;
        const offset = hasPart ? 1 : 0;
        const day = Number(match[1 + offset]);
        const month = Number(match[2 + offset]);
        const date = completeDate(day, month, fullYear(match[3 + offset]), reference);
        if (!date) continue;
        const start = range.start + match.index;
        const end = start + match[0].replace(/[\s,(]+$/, '').length;
        const word = match[1] as string;
        return {
          date,
          range: { start, end },
          partOfDay: hasPart
            ? { value: PART_OF_DAY[word] as PartOfDay, range: { start, end: start + word.length } }
            : null,
        };
      }
    }
  }
  return null;
}

export type Period = {
  start: string | null;
  end: string;
  range: Range;
  /** "as of" a day (tính đến 15-12): flows take their start from the surrounding period. */
  isAsOf: boolean;
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Period phrases of a sentence. `eventDate` completes "6 tháng đầu năm" (this year), "15-12" and
 * "đến nay". Longer phrases are read first and their words are not read again.
 */
export function findPeriods(fold: string, range: Range, eventDate: string | null): Period[] {
  const text = fold.slice(range.start, range.end);
  const taken: boolean[] = new Array(text.length).fill(false);
  const periods: Period[] = [];
  const eventYear = eventDate ? Number(eventDate.slice(0, 4)) : null;
  const add = (index: number, length: number, start: string | null, end: string | null, isAsOf = false) => {
    if (!end) return;
    for (let i = index; i < index + length; i += 1) if (taken[i]) return;
    for (let i = index; i < index + length; i += 1) taken[i] = true;
    periods.push({ start, end, isAsOf, range: { start: range.start + index, end: range.start + index + length } });
  };
  const day = (d: string, m: string, y: string | undefined, fallbackYear: number | null) =>
    completeDate(Number(d), Number(m), fullYear(y) ?? fallbackYear, fullYear(y) || fallbackYear ? null : eventDate);

  for (const m of text.matchAll(
    /(?<![\p{L}])tu (?:ngay )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))? (?:den|toi|den het) (?:ngay )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?/gu,
  )) {
    const endYear = fullYear(m[6]) ?? eventYear;
    const end = day(m[4] as string, m[5] as string, m[6], endYear);
    let start = day(m[1] as string, m[2] as string, m[3], fullYear(m[3]) ?? endYear);
    if (start && end && start > end) start = day(m[1] as string, m[2] as string, undefined, (endYear ?? 0) - 1);
    add(m.index, m[0].length, start, end);
  }
  for (const m of text.matchAll(/(?<![\p{L}])tu nam (\d{4}) (?:den nay|toi nay|den nam (\d{4})|den (\d{4}))/gu)) {
    const endYear = m[2] ?? m[3];
    add(m.index, m[0].length, `${m[1]}-01-01`, endYear ? `${endYear}-12-31` : eventDate);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(?:giai doan|nhiem ky|thoi ky) (\d{4})\s*[-–]\s*(\d{4})/gu)) {
    add(m.index, m[0].length, `${m[1]}-01-01`, `${m[2]}-12-31`);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(\d{1,2}) thang (dau|cuoi) nam(?: (\d{4}))?/gu)) {
    const year = fullYear(m[3]) ?? eventYear;
    const months = Number(m[1]);
    if (!year || months < 1 || months > 12) continue;
    if (m[2] === 'dau') add(m.index, m[0].length, `${year}-01-01`, lastDayOfMonth(year, months));
    else add(m.index, m[0].length, isoDate(year, 13 - months, 1), `${year}-12-31`);
  }
  // "9 tháng năm 2022": the first nine months, as newspapers write it.
  for (const m of text.matchAll(/(?<![\p{L}\d])(\d{1,2}) thang (?:dau )?nam (\d{4})/gu)) {
    const months = Number(m[1]);
    if (months < 1 || months > 12) continue;
    add(m.index, m[0].length, `${m[2]}-01-01`, lastDayOfMonth(Number(m[2]), months));
  }
  for (const m of text.matchAll(/(?<![\p{L}])quy (iv|iii|ii|i|[1-4])(?:\s*(?:\/|nam)\s*(\d{4}))?(?![\p{L}])/gu)) {
    const year = fullYear(m[2]) ?? eventYear;
    const quarter = ROMAN[m[1] as string] as number;
    if (!year) continue;
    add(m.index, m[0].length, isoDate(year, quarter * 3 - 2, 1), lastDayOfMonth(year, quarter * 3));
  }
  for (const m of text.matchAll(/(?<![\p{L}])thang (\d{1,2})(?:\/| nam )(\d{4})/gu)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    add(m.index, m[0].length, isoDate(Number(m[2]), month, 1), lastDayOfMonth(Number(m[2]), month));
  }
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:tinh den het|tinh den|tinh toi|cho den nay|cho den|den het|den|toi|tinh den thoi diem) (?:ngay )?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d])/gu,
  )) {
    add(m.index, m[0].length, null, day(m[1] as string, m[2] as string, m[3], fullYear(m[3])), true);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(?:tinh den|den|cho den) (?:het|cuoi) nam (\d{4})(?![\d])/gu)) {
    add(m.index, m[0].length, null, `${m[1]}-12-31`, true);
  }
  for (const m of text.matchAll(/(?<![\p{L}])nam (\d{4})(?![\d])/gu)) {
    add(m.index, m[0].length, `${m[1]}-01-01`, `${m[1]}-12-31`);
  }
  for (const m of text.matchAll(/(?<![\p{L}])(?:tinh den nay|den nay|cho den nay|hien nay)(?![\p{L}])/gu)) {
    if (eventDate) add(m.index, m[0].length, null, eventDate, true);
  }
  return periods.sort((a, b) => a.range.start - b.range.start);
}
