import type { Doc } from './text';

/** A `[start, end)` range of `doc.norm`. */
export type Range = { start: number; end: number };
export type Sentence = Range & { paragraph: number };
export type Paragraph = Range & { index: number; sentences: Sentence[] };

export type Layout = {
  /** The headline, when the page has one before the body. */
  title: Range | null;
  /** Body paragraphs in order (the title excluded), noise removed. */
  paragraphs: Paragraph[];
  /** Noise: captions, menus, bylines, comment boxes, stamps, related-article lists. */
  ignored: Range[];
  /** Publication stamps found on the page (`08:56 20/09/2018`, `Ngày đăng 28/06/2021`), in order. */
  stamps: { date: string; range: Range }[];
};

/** Lines that start page furniture: menus, share bars, comment forms, tag lists. */
const MENU_LINE =
  /^(tu khoa|the\b|tags?\b|binh luan|y kien ban doc|gui y kien|viet binh luan|captcha|tin khac|tin lien quan|bai lien quan|tin cung chuyen muc|cac bai|cac tin|bai viet|xem them|doc them|xem nhieu|tin moi|tin doc nhieu|lien ket|thong ke truy cap|ban tin|video|phong su anh|chia se|share|facebook|zalo|twitter|in bai|gui bai|gui cho ban be|ban in|trang chu|dang nhap|dang ky|quang cao|theo doi|email|e-mail|ho ten|ho va ten|so dien thoai|dia chi email|tieu de|noi dung|ma xac nhan|lay lai ma|gui\b|huy\b|top\b|len dau trang|ve dau trang|copyright|ban quyen|luot xem|nguon:?\s*$|chuyen muc)/;

/** After these, the rest of the page is furniture (related articles, comments, footer). */
const FOOTER_START =
  /^(tu khoa|tin khac|tin lien quan|bai lien quan|bai viet lien quan|tin cung chuyen muc|cac bai moi dang|cac bai da dang|cac tin khac|binh luan|viet binh luan|y kien ban doc|xem them|doc them|lien ket website|noi nhan\s*:)/;

const STAMP =
  /(?:^|\s|\(|\|)(?:ngay dang|cap nhat|dang luc|dang ngay)?[:\s]*(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),?\s*)?(?:(\d{1,2}):(\d{2})\s*(?:,|\|)?\s*)?(?:ngay\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*(?:\||-|,)?\s*(\d{1,2}):(\d{2}))?(?:\s*\(?gmt\s*[+-]\s*\d{1,2}\)?)?(?:\s*\d+\s*luot xem)?\s*\)?/g;

const CAPTION_START = /^(\(?anh\s*:|\(?anh minh hoa|\(?video\s*:|\(?nguon\s*:|\(?clip\s*:)/;
const CAPTION_END = /\((anh|video|nguon|clip)\s*:[^)]*\)\s*$/;
const TERMINAL = /[.!?…:;"”'’)\]/]\s*$/;
const BULLET = /^\s*([-–—•*+]|\d{1,2}[.)]\s|[a-zđ][.)]\s|thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b)/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Splits a paragraph into sentences at `.!?…` followed by white space (not `18.187`, `25.8`, `T.Ư`). */
/**
 * Longer "sentences" are cut at a `;`, `,` or space before this length: real sentences are far
 * shorter, and every rule reads a number's sentence around it, so an unpunctuated 200 000-character
 * paste must not make each number read the whole text (quadratic time).
 */
const MAX_SENTENCE = 1500;

function capLength(doc: Doc, sentence: Sentence): Sentence[] {
  const pieces: Sentence[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_SENTENCE) {
    const window = doc.norm.slice(start, start + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const end = cut > MAX_SENTENCE / 2 ? start + cut + 1 : start + MAX_SENTENCE;
    pieces.push({ start, end, paragraph: sentence.paragraph });
    start = end;
  }
  pieces.push({ start, end: sentence.end, paragraph: sentence.paragraph });
  return pieces;
}

function splitSentences(doc: Doc, paragraph: Range, index: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  const text = doc.norm;
  for (let i = paragraph.start; i < paragraph.end; i += 1) {
    const char = text[i] as string;
    if (!'.!?…'.includes(char)) continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\n' && i + 1 < paragraph.end) continue;
    // "TP. Hải Phòng", "Tp. Hà Nội": an abbreviation, not a sentence end.
    const before = doc.fold.slice(Math.max(paragraph.start, i - 3), i);
    if (/(^|\s)(tp|tt|ts|ths|pgs|gs|ong|ba|th)$/.test(before)) continue;
    sentences.push({ start, end: i + 1, paragraph: index });
    start = i + 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end, paragraph: index });
  return sentences
    .map((sentence) => {
      let s = sentence.start;
      let e = sentence.end;
      while (s < e && /\s/.test(text[s] as string)) s += 1;
      while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
      return { start: s, end: e, paragraph: index };
    })
    .filter((sentence) => sentence.end > sentence.start)
    .flatMap((sentence) => capLength(doc, sentence));
}

function toIso(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Lines of a page → title, body paragraphs and noise. Built on how Vietnamese news pages read when
 * copied: a category label, a headline, a stamp, the body whose sentences end in punctuation, photo
 * captions and bylines that do not, then related articles and a comment form.
 */
export function analyseLayout(doc: Doc): Layout {
  const ignored: Range[] = [];
  const stamps: Layout['stamps'] = [];
  const paragraphs: Paragraph[] = [];
  let title: Range | null = null;
  let inFooter = false;
  let position = 0;
  const lines: Range[] = [];
  for (const line of doc.norm.split('\n')) {
    lines.push({ start: position, end: position + line.length });
    position += line.length + 1;
  }

  for (const line of lines) {
    let start = line.start;
    let end = line.end;
    while (start < end && doc.norm[start] === ' ') start += 1;
    while (end > start && doc.norm[end - 1] === ' ') end -= 1;
    if (start === end) continue;
    const fold = doc.fold.slice(start, end);

    if (inFooter) {
      ignored.push({ start, end });
      continue;
    }
    // Stamps date the page: kept when they stand alone, lead a line or close the headline, never
    // from inside a body sentence ("từ ngày 16/12/2020 …").
    const lineStamps: Layout['stamps'] = [];
    for (const match of fold.matchAll(STAMP)) {
      const iso = toIso(Number(match[3]), Number(match[4]), Number(match[5]));
      if (!iso) continue;
      const matchStart = start + match.index + (match[0].length - match[0].trimStart().length);
      lineStamps.push({ date: iso, range: { start: matchStart, end: start + match.index + match[0].length } });
    }
    const withoutStamps = fold.replace(STAMP, ' ').trim();
    const isHeadOfPage = !title && paragraphs.length === 0;
    if (withoutStamps === '' || /^(\d+\s*luot xem|\|)*$/.test(withoutStamps)) {
      stamps.push(...lineStamps);
      ignored.push({ start, end });
      continue;
    }
    if (
      isHeadOfPage &&
      lineStamps.length > 0 &&
      /\(\s*(\d{1,2}:\d{2}\s*)?\d{1,2}\/\d{1,2}\/\d{4}[^)]*\)\s*$/.test(fold)
    ) {
      // "Huyện Thanh Trì: … (21:22 09/07/2020)": a headline closed by its stamp.
      const last = lineStamps[lineStamps.length - 1] as Layout['stamps'][number];
      stamps.push(last);
      const open = doc.norm.lastIndexOf('(', end);
      ignored.push({ start: open, end });
      title = { start, end: open };
      while (title.end > title.start && doc.norm[title.end - 1] === ' ') title.end -= 1;
      continue;
    }
    // A stamp leading a body line ("15:35 18/12/2020 Sáng 18-12, …") is noise before the body.
    const leading = fold.match(/^(\d{1,2}:\d{2}\s+)?\d{1,2}\/\d{1,2}\/\d{4}(\s+\d{1,2}:\d{2})?\s+/);
    if (leading && wordCount(fold) > 8) {
      if (lineStamps[0]) stamps.push(lineStamps[0]);
      ignored.push({ start, end: start + leading[0].trimEnd().length });
      start += leading[0].length;
    }
    const text = doc.fold.slice(start, end);
    const words = wordCount(text);
    const isBodyStarted = paragraphs.length > 0;

    if (FOOTER_START.test(text) && (isBodyStarted || title)) {
      inFooter = true;
      ignored.push({ start, end });
      continue;
    }
    // Menus and breadcrumbs: "Chính quyền | Cải cách hành chính", "Trang chủ > Thời sự".
    const isBreadcrumb = /\s[|>»]\s/.test(text) && !TERMINAL.test(text) && words <= 16;
    if ((MENU_LINE.test(text) && words <= 12) || isBreadcrumb) {
      ignored.push({ start, end });
      continue;
    }
    if (CAPTION_START.test(text) || (CAPTION_END.test(text) && words <= 40)) {
      ignored.push({ start, end });
      continue;
    }
    const hasTerminal = TERMINAL.test(text);
    if (!title && !isBodyStarted) {
      // Before the body: short labels ("CẢI CÁCH HÀNH CHÍNH") are a category; the first real line is the headline.
      if (words < 5 && !hasTerminal) {
        ignored.push({ start, end });
        continue;
      }
      if (!hasTerminal && words <= 40) {
        title = { start, end };
        continue;
      }
    }
    if (!hasTerminal && !BULLET.test(text)) {
      // A line without closing punctuation between body paragraphs is a photo caption, a byline
      // ("Xuân Hạ", "Báo Hà Giang") or a widget label — unless it is long enough to be prose.
      if (words <= 45) {
        ignored.push({ start, end });
        continue;
      }
    }
    const index = paragraphs.length;
    const paragraph = { start, end, index, sentences: [] as Sentence[] };
    paragraph.sentences = splitSentences(doc, paragraph, index);
    paragraphs.push(paragraph);
  }
  return { title, paragraphs, ignored, stamps };
}
