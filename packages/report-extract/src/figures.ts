import type { Indicator, Qualifier, UnitLevel } from '@partrack/contracts';
import type { Range, Sentence } from './layout';
import { type Doc, tidy } from './text';

export type RawFigure = {
  indicator: Indicator;
  value: number;
  qualifier: Qualifier;
  tier: UnitLevel | null;
  note: string | null;
  /** The number and its words, in `norm`. */
  range: Range;
  /** Where the number itself sits (periods and units are read around it). */
  at: number;
  sentence: Sentence;
};

/** A Vietnamese number: `.` groups thousands, `,` marks decimals; `12/21` is a part of a whole. */
const NUMBER =
  /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(nghin|ngan|trieu)(?![\p{L}]))?(?:\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]))?(\s*%)?/gu;

export function parseVietnameseNumber(integer: string, decimals?: string): number {
  const whole = Number(integer.replace(/\./g, ''));
  return decimals ? Number(`${whole}.${decimals}`) : whole;
}

/** Words just before a number that make it a reference, a date or a rank rather than a quantity. */
const NOT_A_QUANTITY_BEFORE =
  /(?<![\p{L}])((?<!(?:tong|con|mot|tong cong) )so|ngay|nam|thang|quy|lan thu|thu|giai doan|muc do|khoa|nhiem ky|dieu|khoan|chuong|phu luc|nghi quyet|quyet dinh|thong tu|nghi dinh|chi thi|cong van|bao cao|tieu chi|phuong|xa|quan|huyen|to|thon|khu|covid|top|hang|luc|vao|dai hoi|lan|doan kiem tra|muc|cap do|ga|duong|quoc lo|tinh lo|sau|truoc|khoang cach|ma)\s*[-–]?\s*$/u;
const LEVELS_LIST_BEFORE = /muc do\s*(\d+\s*(,|va|và|\/)\s*)+$/;
const NOT_A_QUANTITY_AFTER =
  /^\s*(\/\s*\p{L}|[-–]\s*\d|:\d|\s*(gio|phut|h\d)(?![\p{L}])|cua(?![\p{L}])|mot cua|ro(?![\p{L}])|sao(?![\p{L}]))/u;

type Cue = [RegExp, Indicator];

/** Dossier verbs; the rightmost before the number decides, as in "tiếp nhận, giải quyết đúng hạn là 2.763". */
const DOSSIER_CUES: Cue[] = [
  [/dang giai quyet|dang xu ly|dang thu ly|chua giai quyet|chua den han/g, 'in_progress'],
  [/ton ky truoc|ky truoc chuyen sang|ton tu ky truoc|chuyen tu ky truoc|ky truoc chuyen qua/g, 'carried_over'],
  [/truoc han|som hon/g, 'resolved_early'],
  [/dung han|dung thoi han|trong han/g, 'resolved_on_time'],
  [/qua han|tre han|cham tra|tre hen|cham han/g, 'resolved_late'],
  [/da giai quyet|giai quyet xong|giai quyet|da xu ly|xu ly xong|tra ket qua|hoan thanh/g, 'resolved'],
  [/tiep nhan|nhan moi|da nhan|tong so ho so|(?<![\p{L}])tong so/gu, 'received'],
  [/tam dung/g, 'paused'],
  [/rut ho so|tra lai|cong dan rut|rut lai/g, 'returned_or_withdrawn'],
];
/** After the number ("2.700 hồ sơ được giải quyết đúng hạn"), the most specific cue decides. */
const SPECIFICITY: Indicator[] = [
  'in_progress',
  'carried_over',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'paused',
  'returned_or_withdrawn',
  'resolved',
  'received',
];

const PROCEDURE_CUES: Cue[] = [
  [/don gian hoa|cat giam/g, 'procedures_simplified'],
  [
    /he thong thong tin (?:1|mot) cua|phan mem (?:1|mot) cua|(?:1|mot) cua dien tu|thiet lap|cau hinh/g,
    'procedures_in_one_stop_system',
  ],
  [
    /cong dich vu cong|trang dich vu cong|dang tai|cung cap truc tuyen|dich vu cong truc tuyen|cong thong tin/g,
    'procedures_published_online',
  ],
  [
    /niem yet|cong bo|cong khai|tong so|tong cong|hien co|(?<![\p{L}])co(?![\p{L}])|ap dung|thuoc tham quyen/gu,
    'procedures_total',
  ],
];

const TIER =
  /(?:(?<![\p{L}])cap|tham quyen(?: giai quyet)?(?: cua)?(?: ubnd)?|(?:tthc|thu tuc hanh chinh) cap) (huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|tinh)(?![\p{L}])/gu;
const TIER_LEVEL: Record<string, UnitLevel> = {
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho': 'district',
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'commune',
  tinh: 'province',
};
const TIERED = new Set<Indicator>([
  'received',
  'carried_over',
  'resolved',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'in_progress',
  'in_progress_within_deadline',
  'in_progress_overdue',
  'paused',
  'returned_or_withdrawn',
  'on_time_rate_reported',
  'procedures_total',
  'procedures_published_online',
  'procedures_in_one_stop_system',
  'procedures_simplified',
]);

function rightmost(text: string, cues: Cue[]): { indicator: Indicator; index: number } | null {
  let best: { indicator: Indicator; index: number } | null = null;
  for (const [pattern, indicator] of cues) {
    for (const match of text.matchAll(pattern)) {
      if (!best || match.index >= best.index) best = { indicator, index: match.index };
    }
  }
  return best;
}

function mostSpecific(text: string, cues: Cue[]): Indicator | null {
  const found = cues.filter(([pattern]) => new RegExp(pattern.source, pattern.flags).test(text)).map(([, i]) => i);
  if (found.length === 0) return null;
  return [...found].sort((a, b) => SPECIFICITY.indexOf(a) - SPECIFICITY.indexOf(b))[0] ?? null;
}

function qualifierOf(before: string): Qualifier {
  if (/(?<![\p{L}])(tren|hon|vuot|hon tong so)\s*$/u.test(before)) return 'more_than';
  if (/(?<![\p{L}])(gan|khoang|xap xi|chung|uoc tinh|uoc dat|uoc|khoang chung|co khoang)\s*$/u.test(before))
    return 'approx';
  if (/(?<![\p{L}])(duoi|chua den|chua toi|it hon|khong den)\s*$/u.test(before)) return 'less_than';
  return 'exact';
}

/** Clause bounds around `at`: `;`, `:` and `, ` separate clauses; a parenthesis reads with what precedes it. */
function clauseAround(fold: string, sentence: Range, at: number, length: number) {
  const isSeparator = (i: number) => {
    const char = fold[i];
    return char === ';' || char === ':' || (char === ',' && fold[i + 1] === ' ');
  };
  let depth = 0;
  let start = sentence.start;
  let parenStart = -1;
  for (let i = at - 1; i >= sentence.start; i -= 1) {
    const char = fold[i];
    if (char === ')') depth += 1;
    else if (char === '(') {
      if (depth === 0 && parenStart < 0) parenStart = i;
      else depth -= 1;
    } else if (depth === 0 && parenStart < 0 && isSeparator(i)) {
      start = i + 1;
      break;
    }
  }
  let contextStart = start;
  // "tổng số hồ sơ tiếp nhận: 6.540 hồ sơ": the label before a colon says what the number is.
  const labelled = (from: number) => {
    if (fold[from - 1] !== ':') return from;
    for (let i = from - 2; i >= Math.max(sentence.start, from - 60); i -= 1) {
      const char = fold[i];
      if (char === ';' || char === ':' || i === sentence.start) return i === sentence.start ? i : i + 1;
    }
    return from;
  };
  contextStart = labelled(start);
  if (parenStart >= 0) {
    // Inside "(…)": the words before the parenthesis say what the number is.
    contextStart = sentence.start;
    for (let i = parenStart - 1; i >= sentence.start; i -= 1) {
      if (isSeparator(i)) {
        contextStart = labelled(i + 1);
        break;
      }
    }
    start = parenStart;
  }
  let end = sentence.end;
  for (let i = at + length; i < sentence.end; i += 1) {
    if (isSeparator(i) || (parenStart >= 0 && fold[i] === ')')) {
      end = parenStart >= 0 && fold[i] === ')' ? i + 1 : i;
      break;
    }
  }
  let previous = sentence.start;
  for (let i = contextStart - 2; i >= sentence.start; i -= 1) {
    if (isSeparator(i)) {
      previous = i + 1;
      break;
    }
  }
  let nextEnd = sentence.end;
  for (let i = end + 1; i < sentence.end; i += 1) {
    if (isSeparator(i)) {
      nextEnd = i;
      break;
    }
  }
  return { start, end, contextStart, previous, nextEnd };
}

function tierAround(fold: string, sentence: Range, at: number, nextNumber: number): UnitLevel | null {
  const after = fold.slice(at, nextNumber);
  // A tier that opens the next clause (", cấp xã tiếp nhận …") is that clause's subject.
  const stop = after.search(/[;)]|, (?:(?:o|tai) )?cap /);
  const scope = stop >= 0 ? after.slice(0, stop) : after;
  const forward = [...scope.matchAll(TIER)][0];
  if (forward) return TIER_LEVEL[forward[1] as string] ?? null;
  const before = [...fold.slice(sentence.start, at).matchAll(TIER)].at(-1);
  return before ? (TIER_LEVEL[before[1] as string] ?? null) : null;
}

/** Every figure of a sentence the rules recognise; numbers they do not recognise are left out. */
export function readFigures(doc: Doc, sentence: Sentence, consumed: Range[]): RawFigure[] {
  const fold = doc.fold;
  const text = fold.slice(sentence.start, sentence.end);
  const figures: RawFigure[] = [];
  const numbers = [...text.matchAll(NUMBER)].map((match) => ({ match, at: sentence.start + match.index }));
  const hasDossiers = /ho so|tthc|thu tuc/.test(text);

  const readOne = (match: RegExpMatchArray, at: number, index: number) => {
    const length = match[0].trimEnd().length;
    if (consumed.some((range) => at < range.end && at + length > range.start)) return;
    const before = fold.slice(Math.max(sentence.start, at - 40), at);
    const afterNumber = fold.slice(at + length, Math.min(sentence.end, at + length + 40));
    if (NOT_A_QUANTITY_BEFORE.test(before) || LEVELS_LIST_BEFORE.test(before)) return;
    if (NOT_A_QUANTITY_AFTER.test(afterNumber) || /\d\s*[-–]\s*$/.test(before)) return;
    const [, integer = '0', decimals, multiplierWord, denominatorText, percent] = match;
    let value = parseVietnameseNumber(integer, decimals);
    // Rounded: 1,1 × 1000 is 1100.0000000000002 in floating point.
    if (multiplierWord) value = Math.round(value * (multiplierWord === 'trieu' ? 1_000_000 : 1000) * 1e6) / 1e6;
    const isPercent = Boolean(percent);
    if (!isPercent && !denominatorText && value >= 1900 && value <= 2100 && !decimals) {
      if (!/^\s*(ho so|tthc|thu tuc|nguoi|luot|van ban)/.test(afterNumber)) return;
    }
    const clause = clauseAround(fold, sentence, at, length);
    const pre = fold.slice(clause.contextStart, at);
    const widePre = fold.slice(clause.previous, at);
    const sentencePre = fold.slice(sentence.start, at);
    const post = fold.slice(at + length, clause.end);
    const widePost = fold.slice(at + length, clause.nextEnd);
    const noun = post.trimStart();
    const qualifier = qualifierOf(before);
    const nextNumber = numbers[index + 1]?.at ?? sentence.end;
    const tier = tierAround(fold, sentence, at + length, nextNumber);
    const range = { start: Math.min(clause.start, at), end: Math.max(clause.end, at + length) };
    const push = (indicator: Indicator, figureValue: number, note: string | null = null, q = qualifier) => {
      figures.push({
        indicator,
        value: figureValue,
        qualifier: q,
        tier: TIERED.has(indicator) ? tier : null,
        note,
        range,
        at,
        sentence,
      });
    };

    if (isPercent) {
      const around = `${widePre} # ${post}`;
      if (/tinh gian/.test(widePre)) return push('staff_reduction_rate', value);
      if (/chu ky so/.test(`${pre} ${widePost}`)) {
        const words = doc.norm.slice(at + length, clause.nextEnd);
        const cut = fold.slice(at + length, clause.nextEnd).indexOf('chu ky so');
        return push('digital_signature_rate', value, tidy(words.slice(0, cut + 'chu ky so'.length)) || null);
      }
      if (/nhiem vu/.test(around) && /hoan thanh|thuc hien|(?<![\p{L}])dat(?![\p{L}])|ty le/u.test(around)) {
        return push('plan_tasks_completed_rate', value);
      }
      if (/muc do 3|muc do 4|truc tuyen|toan trinh/.test(around) && /ho so/.test(around) && !/dung han/.test(around)) {
        return push('online_services_level34_rate', value);
      }
      // "… đúng hạn 3.190 hồ sơ, đạt 99,2%": a bare "đạt X%" reads with the clause before it.
      const rateContext = /^\s*(dat|la|chiem|dat ty le|ty le)?\s*$/.test(pre) ? `${widePre} ${post}` : `${pre} ${post}`;
      if (/dung han|dung thoi han|truoc han/.test(rateContext) && (hasDossiers || /ho so/.test(around))) {
        return push('on_time_rate_reported', value);
      }
      return;
    }

    if (denominatorText) {
      const denominator = parseVietnameseNumber(denominatorText);
      if (denominator < value || denominator === 0) return;
      if (/^(nhiem vu|chi tieu nhiem vu)/.test(noun) || (/nhiem vu/.test(widePre) && !/ho so/.test(noun))) {
        push('plan_tasks_completed', value);
        return push('plan_tasks_assigned', denominator);
      }
      if (/^(bo )?ho so/.test(noun) || /ho so/.test(widePre)) {
        const cue = rightmost(pre, DOSSIER_CUES)?.indicator ?? rightmost(widePre, DOSSIER_CUES)?.indicator;
        if (!cue) return;
        push(cue, value);
        if (/tiep nhan/.test(widePre) && cue !== 'received') return push('received', denominator);
        if (cue === 'resolved_on_time' || cue === 'resolved_early') return push('resolved', denominator);
        if (cue === 'resolved') return push('received', denominator);
      }
      return;
    }

    // A bare number after a dossier verb ("trước hạn 6.102, đúng hạn 2.589") counts dossiers; one
    // followed by another noun ("giảm từ 30 ngày") does not.
    const isBareDossierCount =
      hasDossiers && !/^\p{L}/u.test(noun) && rightmost(pre, DOSSIER_CUES) !== null && /ho so/.test(sentencePre);
    if (/^(bo )?ho so/.test(noun) || isBareDossierCount) {
      if (!Number.isInteger(value)) return;
      // A parenthesis after the count breaks it down ("8.715 hồ sơ (trước hạn 6.102, …)"): not its cue.
      const afterNoun = noun.replace(/^(bo )?ho so/, '').split('(')[0] as string;
      const forward = mostSpecific(afterNoun, DOSSIER_CUES);
      // "(trong đó 28.400 hồ sơ trực tuyến)": a part of the count before, not another count.
      if (!forward && /(trong do|bao gom|gom|rieng)\s*\(?\s*$/.test(pre)) return;
      // "đúng và trước hạn", "trước và đúng hạn": one count of both, kept as on time.
      const combined =
        /(dung va truoc han|truoc va dung han|dung han va truoc han|truoc han va dung han)\s*(la|dat)?\s*$/.test(pre);
      const backward = rightmost(pre, DOSSIER_CUES)?.indicator ?? null;
      let indicator = combined ? 'resolved_on_time' : (forward ?? backward);
      if (!indicator) return;
      if (combined) return push(indicator, value, 'trước và đúng hạn (early and on time together)');
      // "đã tiếp nhận và giải quyết 1.032 hồ sơ": one number for both.
      if (indicator === 'resolved' && /tiep nhan\s*(,|va)\s*(da\s*)?giai quyet\s*(la|duoc)?\s*$/.test(pre)) {
        push('received', value);
      }
      const clauseText = fold.slice(clause.contextStart, clause.end);
      if (indicator === 'in_progress' || /dang giai quyet|dang xu ly/.test(clauseText)) {
        if (/qua han|tre han/.test(clauseText)) indicator = 'in_progress_overdue';
        else if (/trong han/.test(clauseText)) indicator = 'in_progress_within_deadline';
        else if (indicator === 'resolved_on_time' || indicator === 'resolved_late' || indicator === 'resolved')
          indicator = 'in_progress';
      }
      return push(indicator, value);
    }

    if (/^(thu tuc hanh chinh|tthc|thu tuc)(?![\p{L}])/u.test(noun)) {
      if (!Number.isInteger(value)) return;
      const afterNoun = noun.replace(/^(thu tuc hanh chinh|tthc|thu tuc)( \(tthc\))?/, '');
      const forward = PROCEDURE_CUES.find(([pattern]) => new RegExp(pattern.source, pattern.flags).test(afterNoun));
      const backward = rightmost(pre, PROCEDURE_CUES);
      // "405 TTHC, trong đó 287 TTHC cấp thị xã và 118 TTHC cấp xã": the parts count what the whole counts.
      const breakdown = /(trong do|bao gom|(?<![\p{L}])gom|(?<![\p{L}])va)\s*$/u.test(pre)
        ? figures.filter((figure) => figure.indicator.startsWith('procedures_')).at(-1)?.indicator
        : undefined;
      const indicator = forward?.[1] ?? backward?.indicator ?? breakdown;
      if (!indicator) return;
      return push(indicator, value);
    }

    if (/^(van ban|ke hoach|quyet dinh|cong van|chi thi|thong bao|de an)(?![\p{L}])/u.test(noun)) {
      if (!/ban hanh/.test(widePre)) return;
      const kind = noun.match(/^(\p{L}+ \p{L}+)/u)?.[1];
      const note =
        kind && kind !== 'van ban'
          ? tidy(doc.norm.slice(at + length, clause.end))
              .split(' ')
              .slice(0, 2)
              .join(' ')
          : null;
      return push('documents_issued', value, note);
    }

    if (/^(nhiem vu)(?![\p{L}])/u.test(noun)) {
      if (/hoan thanh|da thuc hien|thuc hien xong|trien khai xong/.test(pre))
        return push('plan_tasks_completed', value);
      if (/de ra|dat ra|giao|tong so|phai thuc hien|ke hoach|xac dinh|trien khai/.test(pre)) {
        return push('plan_tasks_assigned', value);
      }
      return;
    }

    if (
      /^(nguoi|bien che|truong hop|can bo|cong chuc|vien chuc|chi tieu)(?![\p{L}])/u.test(noun) &&
      /tinh gian/.test(widePre)
    ) {
      return push('staff_reduction', value);
    }

    if (/^(luot|nguoi|can bo|cb|hoc vien|cong chuc|vien chuc|dai bieu)(?![\p{L}])/u.test(noun)) {
      if (
        /tap huan|dao tao|boi duong/.test(sentencePre) ||
        /^(luot )?(can bo|cb|cong chuc)?[^;]*(tap huan|dao tao|boi duong)/.test(noun)
      ) {
        const note = noun.startsWith('luot') ? 'lượt' : null;
        return push('staff_trained', value, note);
      }
      return;
    }

    if (
      /^ngay(?![\p{L}])/u.test(noun) &&
      /thoi gian/.test(widePre) &&
      /(duoi|khong qua|toi da|xuong|con|chi con|rut ngan)\s*(con\s*)?(duoi\s*)?$/.test(before)
    ) {
      const timeAt = fold.lastIndexOf('thoi gian', at);
      let subject: string | null = null;
      if (timeAt >= clause.previous) {
        const between = doc.norm.slice(timeAt + 'thoi gian'.length, at);
        const cut = between.search(/\s(xuống|còn|dưới|không quá|tối đa)(\s|$)/);
        subject = tidy(cut >= 0 ? between.slice(0, cut) : between) || null;
      }
      const working = /^ngay lam viec/.test(noun) ? ' (ngày làm việc)' : '';
      const q = /(?<![\p{L}])duoi\s*$/u.test(before) ? 'less_than' : qualifier === 'less_than' ? 'less_than' : 'exact';
      return push('processing_days_max', value, subject ? `${subject}${working}` : null, q);
    }
  };
  for (const [index, { match, at }] of numbers.entries()) readOne(match, at, index);
  return figures;
}

const ZERO_OVERDUE =
  /khong (?:co|de xay ra|de|phat sinh|con)(?: tinh trang| truong hop)?(?: bo)?(?: ho so)?(?: thu tuc hanh chinh| tthc)?(?: bi| giai quyet| nao)? (?:qua han|tre han|cham tre|tre hen|giai quyet qua han|giai quyet tre han)/g;

/** "không có hồ sơ quá hạn": a zero the text states in words. */
export function readZeroFigures(doc: Doc, sentence: Sentence): RawFigure[] {
  const text = doc.fold.slice(sentence.start, sentence.end);
  const figures: RawFigure[] = [];
  for (const match of text.matchAll(ZERO_OVERDUE)) {
    const at = sentence.start + match.index;
    const before = text.slice(0, match.index);
    const indicator: Indicator = /dang giai quyet|dang xu ly/.test(before) ? 'in_progress_overdue' : 'resolved_late';
    const tier = [...before.matchAll(TIER)].at(-1);
    figures.push({
      indicator,
      value: 0,
      qualifier: 'exact',
      tier: tier ? (TIER_LEVEL[tier[1] as string] ?? null) : null,
      note: null,
      range: { start: at, end: at + match[0].length },
      at,
      sentence,
    });
  }
  return figures;
}
