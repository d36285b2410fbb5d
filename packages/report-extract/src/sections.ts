import type { FindingKind, ParArea } from '@partrack/contracts';
import { isoDate, lastDayOfMonth } from './dates';
import type { Paragraph, Range, Sentence } from './layout';
import { parAreaOf } from './par-area-keywords';
import { capitaliseFirst, type Doc, tidy, trimRange } from './text';

export type RawDirective = { text: string; parArea: ParArea; dueDate: string | null; range: Range };
export type RawFinding = { kind: FindingKind; parArea: ParArea | null; text: string; range: Range };

const TRIGGER =
  /(?<![\p{L}])(de nghi|yeu cau|chi dao|giao|luu y|nhan manh|de xuat|kien nghi|dac biet luu y)(?![\p{L}])/gu;
/** Who gives directives: a title, the delegation, a leader. */
const SPEAKER =
  /(chu tich|truong doan|bi thu|giam doc|dong chi|lanh dao (tinh|thanh pho|ubnd)|doan kiem tra|doan cong tac|(?<![\p{L}])doan(?![\p{L}])|thu truong|bo truong|tong cuc truong|vu truong|ong |ba |pho truong)/u;
const CLOSING = /(ket luan|phat bieu|ghi nhan|danh gia cao|bieu duong|bieu duong|chi dao tai|ket thuc buoi)/;
/** Verbs that open a directive item ("Tiếp tục tăng cường …", "Đẩy mạnh …"). */
const IMPERATIVE =
  /^(tiep tuc|tang cuong|day manh|day nhanh|nang cao|ra soat|trien khai|thuc hien|chi dao|giai quyet|xay dung|hoan thanh|hoan thien|chu trong|quan tam|tap trung|kien toan|sap xep|dau tu|huong dan|siet chat|chan chinh|phan dau|khac phuc|bo tri|don doc|kiem tra|cap nhat|cong bo|to chuc|ung dung|duy tri|phat huy|lam tot|quyet liet|khan truong|nghien cuu|chu dong|thao go|cai thien|bao dam|dam bao|xu ly|niem yet|tuyen truyen|dao tao|boi duong|ban hanh|rut ngan|cai tien|thuong xuyen|nghiem tuc|can)(?![\p{L}])/u;
/** After a comma, these verbs start a new directive ("…, đẩy mạnh kiểm tra công vụ, giao Văn phòng …"). */
const STRONG_VERB = /^(day manh|tang cuong|giao|siet chat|chan chinh)(?![\p{L}])/u;
const BULLET = /^\s*([-–—•*+]|\d{1,2}[.)]|[a-zđ][.)])\s*/u;
const ORDINAL = /(?<![\p{L}])thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*[,:]\s*/gu;

function triggerIn(fold: string, sentence: Sentence, previous: Sentence | undefined): number | null {
  const text = fold.slice(sentence.start, sentence.end);
  for (const match of text.matchAll(TRIGGER)) {
    const before = text.slice(0, match.index);
    if (/(da|duoc|dang|se|thu tuc|viec|theo|phat bieu|y kien|su|cong tac|tap trung|de|nham|cua)\s*$/.test(before))
      continue;
    const isWeak = match[1] === 'chi dao' || match[1] === 'giao' || match[1] === 'kien nghi';
    const previousText = previous ? fold.slice(previous.start, previous.end) : '';
    const hasSpeaker = SPEAKER.test(before);
    if (
      isWeak
        ? /(chu tich|truong doan|pho chu tich)[^,;]{0,40}$/.test(before)
        : hasSpeaker || CLOSING.test(previousText) || CLOSING.test(before)
    ) {
      return sentence.start + match.index + match[0].length;
    }
  }
  return null;
}

/** Where the items start after "đề nghị …": after a colon, after "cần", or after the addressee. */
function itemsStart(doc: Doc, from: number, end: number): number {
  const rest = doc.fold.slice(from, end);
  const firstSemicolon = rest.indexOf(';') < 0 ? rest.length : rest.indexOf(';');
  const colon = rest.indexOf(':');
  if (colon >= 0 && colon < firstSemicolon && colon < 220) return from + colon + 1;
  const need = /(?<![\p{L}])can(?![\p{L}])\s*/u.exec(rest);
  if (need && need.index < 100 && need.index < firstSemicolon) return from + need.index + need[0].length;
  let position = from;
  const skip = () => {
    const chunk = doc.fold.slice(position, end);
    const match =
      /^[\s,]*(?:(?:trong )?thoi gian toi,?\s*|(?:ubnd |lanh dao )?(?:huyen|quan|thi xa|thanh pho|tinh|xa|phuong|thi tran|dia phuong|don vi|cac don vi|cac dia phuong|cac co quan(?:, don vi)?|cac phong, ban|cac so, nganh|so noi vu)(?![\p{L}])\s*)/u.exec(
        chunk,
      );
    if (!match || match[0].length === 0) return false;
    position += match[0].length;
    // A name after the addressee word ("huyện Vị Xuyên").
    const name = /^(\p{Lu}[\p{L}]*\s*)+/u.exec(doc.norm.slice(position, end));
    if (name) position += name[0].length;
    return true;
  };
  while (skip()) {
    // Skip each part of the lead-in in turn.
  }
  return position;
}

function splitItems(doc: Doc, start: number, end: number): Range[] {
  const fold = doc.fold;
  const cuts: number[] = [start];
  let depth = 0;
  for (let i = start; i < end; i += 1) {
    const char = fold[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && char === ';') cuts.push(i + 1);
    else if (
      depth === 0 &&
      char === ',' &&
      STRONG_VERB.test(fold.slice(i + 1, i + 30).trimStart()) &&
      !/^\s*thu \p{L}+\s*$/u.test(fold.slice(cuts[cuts.length - 1] as number, i))
    )
      cuts.push(i + 1);
  }
  for (const match of fold.slice(start, end).matchAll(ORDINAL)) {
    if (match.index > 0) cuts.push(start + match.index);
  }
  cuts.sort((a, b) => a - b);
  const ranges: Range[] = [];
  for (let k = 0; k < cuts.length; k += 1) {
    const [s, e] = trimRange(doc.norm, cuts[k] as number, (cuts[k + 1] ?? end) as number, ' \n,;:.…/');
    let itemStart = s;
    const ordinal = /^thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*[,:]\s*/.exec(fold.slice(s, e));
    if (ordinal) itemStart += ordinal[0].length;
    if (e > itemStart) ranges.push({ start: itemStart, end: e });
  }
  // "triển khai 3 dự án …, gồm: A; B; C": the parts after a colon inside an item belong to it.
  const merged: Range[] = [];
  let openList = false;
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (openList && last) last.end = range.end;
    else merged.push({ ...range });
    if (fold.slice(range.start, range.end).includes(':')) openList = true;
  }
  return merged;
}

function dueDateOf(fold: string, eventDate: string | null): string | null {
  const exact =
    /(?:truoc|cham nhat|han chot|xong truoc|hoan thanh truoc|trong han den)(?: (?:la|vao))?(?: ngay)? (\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(
      fold,
    ) ?? /(?:truoc|cham nhat|han chot)(?: ngay)? (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?/.exec(fold);
  const year = (text: string | undefined) => (text ? Number(text) : null);
  if (exact) {
    const day = Number(exact[1]);
    const month = Number(exact[2]);
    const explicit = year(exact[3]);
    if (explicit) return isoDate(explicit, month, day);
    if (!eventDate) return null;
    const eventYear = Number(eventDate.slice(0, 4));
    const candidate = isoDate(eventYear, month, day);
    return candidate && candidate < eventDate ? isoDate(eventYear + 1, month, day) : candidate;
  }
  const month = /(?:trong|truoc het|hoan thanh trong) thang (\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(fold);
  if (month && eventDate) {
    const y = year(month[2]) ?? Number(eventDate.slice(0, 4));
    const m = Number(month[1]);
    if (m >= 1 && m <= 12) {
      const end = lastDayOfMonth(y, m);
      return !month[2] && end < eventDate ? lastDayOfMonth(y + 1, m) : end;
    }
  }
  const quarter = /(?:trong|truoc het|hoan thanh trong) quy (iv|iii|ii|i|[1-4])(?:\s*(?:\/|nam)\s*(\d{4}))?/.exec(fold);
  if (quarter && eventDate) {
    const q = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 }[quarter[1] as string] as number;
    const y = year(quarter[2]) ?? Number(eventDate.slice(0, 4));
    return lastDayOfMonth(y, q * 3);
  }
  const within = /trong (?:thoi han )?(\d{1,3}) ngay/.exec(fold);
  if (within && eventDate && /(hoan thanh|bao cao|xong)/.test(fold)) {
    const date = new Date(`${eventDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + Number(within[1]));
    return date.toISOString().slice(0, 10);
  }
  return null;
}

function toDirective(doc: Doc, range: Range, eventDate: string | null): RawDirective | null {
  // "(1) khắc phục …", "a) …", "1. …": the numbering is not part of the directive.
  const text = tidy(doc.norm.slice(range.start, range.end))
    .replace(/[./…]+$/, '')
    .replace(/^(\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))\s*/u, '');
  if (text.split(' ').length < 2) return null;
  const fold = doc.fold.slice(range.start, range.end);
  return {
    text: capitaliseFirst(text),
    parArea: parAreaOf(fold) ?? 'other',
    dueDate: dueDateOf(fold, eventDate),
    range,
  };
}

/** Directives: the leader's "đề nghị / yêu cầu …" and the items that follow it. */
export function findDirectives(
  doc: Doc,
  paragraphs: Paragraph[],
  eventDate: string | null,
): { directives: RawDirective[]; sentences: Set<Sentence> } {
  const directives: RawDirective[] = [];
  const used = new Set<Sentence>();
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  let inBlock = false;
  sentences.forEach((sentence, index) => {
    const fold = doc.fold.slice(sentence.start, sentence.end);
    const trigger = triggerIn(doc.fold, sentence, sentences[index - 1]);
    let start: number | null = null;
    if (trigger !== null) start = itemsStart(doc, trigger, sentence.end);
    else if (inBlock) {
      const stripped = fold.replace(BULLET, '').replace(/^(dong thoi|ngoai ra|mat khac|ben canh do),?\s*/, '');
      if (BULLET.test(fold) || IMPERATIVE.test(stripped) || ORDINAL.test(fold)) {
        ORDINAL.lastIndex = 0;
        start = sentence.start + (fold.length - stripped.length);
      } else inBlock = false;
    }
    if (start === null) return;
    inBlock = true;
    used.add(sentence);
    for (const item of splitItems(doc, start, sentence.end)) {
      const directive = toDirective(doc, item, eventDate);
      if (directive) directives.push(directive);
    }
  });
  return { directives, sentences: used };
}

const LIMITATION =
  /(tuy nhien|han che|ton tai|yeu kem|kho khan, vuong mac|bat cap|chua dap ung|con cham|con thap|con thieu|van con|con tinh trang|con de xay ra|chua dat yeu cau|ben canh (nhung |cac )?(ket qua|mat) (da )?(dat duoc|tich cuc))/;
/** Section headings of minutes and conclusions ("1. Kết quả đạt được", "2. Tồn tại, hạn chế"). */
const HEADING =
  /^(?:\d{1,2}[.)]|[ivx]{1,4}[.)]|[a-z][.)])?\s*(ket qua dat duoc|ket qua thuc hien|uu diem|mat dat duoc|nhung ket qua|ton tai, han che|ton tai va han che|han che, ton tai|ton tai|han che|nhung han che|khuyet diem|nguyen nhan|nhiem vu|giai phap|kien nghi|de xuat|phuong huong|ket luan)[^.;]{0,40}$/;
const META_LIMITATION =
  /(danh gia|neu|chi ra|thao luan|phan tich|khac phuc|chan chinh|nhin nhan|lam ro|thang than|ra soat)(\s[\p{L}]+){0,3}\s(ton tai|han che)/u;
/** Sentences about the meeting itself ("các đại biểu đã phát biểu …") state no finding. */
const PROCEEDINGS = /(dai bieu|y kien|phat bieu|thao luan|hoi nghi da)/;
/** Starts of list parts that report a result: "đăng tải …; thiết lập …; tiếp nhận …". */
const RESULT_START =
  /^(\d|tu nam|dang tai|thiet lap|tiep nhan|bo tri|cong khai|chu trong|rut ngan|giai quyet|trien khai|thuc hien|ban hanh|to chuc|xay dung|hoan thanh|kien toan|sap xep|chi dao|day manh|tang cuong|nang cao|ung dung|100%|huyen da|quan da|xa da)/;
const STRENGTH =
  /(da dat duoc|ket qua (tich cuc|kha quan|quan trong|dang ghi nhan|noi bat|tot)|thuc hien tot|co hieu qua|hieu qua|kip thoi|nghiem tuc|chuyen bien|nang len|(?<![\p{L}])dat \d|100%|dam bao|duoc nang cao|thuan loi|tich cuc|chu trong|day du|dung quy trinh|dung quy dinh|khong co|khong nhan duoc|tiep nhan \d|da giai quyet|hoan thanh|da ban hanh|da trien khai|da to chuc|da xay dung|da thuc hien)/u;

/** Strengths and limitations, by their cue phrases, each tagged with a PAR area when one fits. */
export function findFindings(
  doc: Doc,
  paragraphs: Paragraph[],
  skip: Set<Sentence>,
  lead: Set<Sentence>,
): RawFinding[] {
  const findings: RawFinding[] = [];
  const add = (kind: FindingKind, start: number, end: number) => {
    const [s, e] = trimRange(doc.norm, start, end, ' \n,;:.…');
    if (e - s < 8) return;
    const text = capitaliseFirst(tidy(doc.norm.slice(s, e)));
    if (text.split(' ').length < 4) return;
    findings.push({ kind, parArea: parAreaOf(doc.fold.slice(s, e)), text, range: { start: s, end: e } });
  };
  const parts = (start: number, end: number) => {
    const cuts = [start];
    for (let i = start; i < end; i += 1) if (doc.fold[i] === ';') cuts.push(i + 1);
    return cuts.map((cut, k) => [cut, k + 1 < cuts.length ? (cuts[k + 1] as number) - 1 : end] as const);
  };
  let section: FindingKind | 'other' | null = null;
  for (const sentence of paragraphs.flatMap((paragraph) => paragraph.sentences)) {
    const fold = doc.fold.slice(sentence.start, sentence.end);
    const heading = HEADING.exec(fold);
    if (heading && fold.split(' ').length <= 10) {
      // Under a heading, sentences are what it announces, cue words or not.
      const topic = heading[1] as string;
      section = /ket qua|uu diem|mat dat duoc/.test(topic)
        ? 'strength'
        : /ton tai|han che|khuyet diem/.test(topic)
          ? 'limitation'
          : 'other';
      continue;
    }
    if (skip.has(sentence) || lead.has(sentence)) continue;
    if (section === 'limitation') {
      for (const [s, e] of parts(sentence.start, sentence.end)) add('limitation', s, e);
      continue;
    }
    if (/(?<![\p{L}])(se|phan dau|du kien|thoi gian toi)(?![\p{L}])/u.test(fold) && !LIMITATION.test(fold)) continue;
    const cue = LIMITATION.exec(fold);
    const isMeta = cue !== null && META_LIMITATION.test(fold) && !/(han che|ton tai)\s*:/.test(fold);
    if (isMeta && PROCEEDINGS.test(fold)) continue;
    if (cue && !isMeta) {
      const colon = /(han che|ton tai|bat cap|kho khan)[^:;]{0,40}:/.exec(fold);
      let from = colon ? sentence.start + colon.index + colon[0].length : sentence.start;
      if (!colon) {
        const lead =
          /^(tuy nhien,?\s*)?(ben canh (nhung |cac )?(ket qua|mat) (da )?(dat duoc|tich cuc)[^,]*,\s*)?/.exec(fold);
        if (lead) from += lead[0].length;
      }
      for (const [s, e] of parts(from, sentence.end)) add('limitation', s, e);
      continue;
    }
    if (/(ghi nhan|danh gia cao|bieu duong)/.test(fold) && SPEAKER.test(fold)) continue;
    if (!STRENGTH.test(fold) && section !== 'strength') continue;
    const pieces = parts(sentence.start, sentence.end);
    const listLike = pieces.slice(1).filter(([s, e]) => RESULT_START.test(doc.fold.slice(s, e).trim())).length;
    if (pieces.length >= 3 && listLike * 2 >= pieces.length - 1) for (const [s, e] of pieces) add('strength', s, e);
    else add('strength', sentence.start, sentence.end);
  }
  return findings;
}
