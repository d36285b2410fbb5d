/**
 * The national (or one-province) data set of `pnpm bench:seed`, generated deterministically from a
 * seed: the real shape of Vietnam's local government before and after 01/07/2025 (DOMAIN.md), monthly
 * one-stop dossier figures for every unit, and inspections with directives answered in every bucket.
 * Names are made up; counts and dates follow the real structure. Pure: no database here.
 */
import { foldSearchText, type ParArea, parAreas, toSearchDocument, type UnitLevel } from '@partrack/contracts';

export type Scale = 'national' | 'province';

export const END_OF_DISTRICTS = '2025-06-30';
export const TWO_LEVEL_GOVERNMENT = '2025-07-01';
/** Monthly figures from here to the last whole month before `asOf`. */
export const FIRST_MONTH = '2019-01';

/** Vietnam's units (DOMAIN.md), and one average province of them. */
export const SHAPES = {
  national: {
    provinces: 63,
    districts: 696,
    communes: 10_035,
    /** From 01/07/2025: 34 provinces, of which these kept their borders. */
    provincesAfter: 34,
    unchangedProvinces: 11,
    communesAfter: 3_321,
    inspections: 20_000,
  },
  province: {
    provinces: 1,
    districts: 11,
    communes: 159,
    provincesAfter: 1,
    unchangedProvinces: 1,
    communesAfter: 53,
    inspections: 320,
  },
} as const;

export const DIRECTIVES_PER_INSPECTION = 10;
/** The counts a one-stop system exports per unit and month (enough for both rate definitions). */
export const MONTHLY_INDICATORS = [
  'received',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'in_progress_within_deadline',
] as const;

export type UnitRow = {
  id: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_id: string | null;
  code: string;
  valid_from: string | null;
  valid_to: string | null;
  search_text: string;
  sort_name: string;
};
export type SuccessionRow = { predecessor_id: string; successor_id: string; effective_on: string };

/** A seeded generator (mulberry32): the same seed gives the same data set. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (count: number) => {
    let out = '';
    for (let index = 0; index < count; index += 1) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    /** A version-4 UUID drawn from the seed. */
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}
export type Random = ReturnType<typeof createRandom>;

const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Hòa',
  'Long',
  'Tân',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Sơn',
  'Hải',
  'Lạc',
  'Xuân',
  'Mỹ',
  'Phước',
  'Quang',
  'Vĩnh',
  'Hưng',
  'Thành',
  'Lộc',
  'Thịnh',
  'Trung',
  'Đức',
  'Minh',
  'Yên',
] as const; // prettier-ignore

/** "Tân Hưng", "Tân Hưng 2": distinct among its siblings, as real names are. */
function nameOf(index: number): string {
  const count = SYLLABLES.length;
  const base = `${SYLLABLES[index % count]} ${SYLLABLES[Math.floor(index / count) % count]}`;
  const round = Math.floor(index / (count * count));
  return round === 0 ? base : `${base} ${round + 1}`;
}

const LEVEL_WORD: Record<UnitLevel, string> = {
  province: 'Tỉnh',
  department: 'Sở',
  district: 'Huyện',
  commune: 'Xã',
};

/** `total` split over `parts` as evenly as whole numbers allow. */
export function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

export type UnitTree = {
  units: UnitRow[];
  successions: SuccessionRow[];
  /** Units with a monthly dossier series: their tier and the months they existed in. */
  series: { unitId: string; tier: UnitLevel; from: string; to: string }[];
};

/** The unit tree of a scale: provinces, districts and communes until 30/06/2025, and after. */
export function generateUnits(scale: Scale, random: Random, lastMonth: string): UnitTree {
  const shape = SHAPES[scale];
  const units: UnitRow[] = [];
  const successions: SuccessionRow[] = [];
  const series: UnitTree['series'] = [];
  let code = 0;
  const add = (
    level: UnitLevel,
    index: number,
    parentId: string | null,
    validFrom: string | null,
    validTo: string | null,
  ) => {
    code += 1;
    const shortName = nameOf(index);
    const name = `${LEVEL_WORD[level]} ${shortName}`;
    const row: UnitRow = {
      id: random.uuid(),
      name,
      short_name: shortName,
      level,
      parent_id: parentId,
      code: `B${String(code).padStart(5, '0')}`,
      valid_from: validFrom,
      valid_to: validTo,
      search_text: toSearchDocument(name, `B${String(code).padStart(5, '0')}`),
      sort_name: foldSearchText(shortName),
    };
    units.push(row);
    series.push({
      unitId: row.id,
      tier: level,
      from: validFrom ? validFrom.slice(0, 7) : FIRST_MONTH,
      to: validTo ? validTo.slice(0, 7) : lastMonth,
    });
    return row;
  };

  // Before the reform: provinces, their districts, the districts' communes.
  const unchanged = shape.unchangedProvinces;
  const provinces = Array.from({ length: shape.provinces }, (_, index) =>
    add('province', index, null, null, index < unchanged ? null : END_OF_DISTRICTS),
  );
  const districtsPer = spread(shape.districts, shape.provinces);
  const districts = provinces.flatMap((province, p) =>
    Array.from({ length: districtsPer[p] ?? 0 }, (_, index) =>
      add('district', index, province.id, null, END_OF_DISTRICTS),
    ),
  );
  const communesPer = spread(shape.communes, shape.districts);
  const communesByProvince = new Map<string, UnitRow[]>();
  let districtIndex = 0;
  for (const district of districts) {
    const communes = Array.from({ length: communesPer[districtIndex] ?? 0 }, (_, index) =>
      add('commune', index, district.id, null, END_OF_DISTRICTS),
    );
    districtIndex += 1;
    const list = communesByProvince.get(district.parent_id as string) ?? [];
    list.push(...communes);
    communesByProvince.set(district.parent_id as string, list);
  }

  // After: the unchanged provinces stay; the others merge into new ones (successor links).
  const merged = provinces.slice(unchanged);
  const newCount = shape.provincesAfter - unchanged;
  const provincesAfter = provinces.slice(0, unchanged).map((province) => ({ province, predecessors: [province] }));
  const mergedPer = spread(merged.length, newCount);
  let mergedIndex = 0;
  for (let index = 0; index < newCount; index += 1) {
    const province = add('province', shape.provinces + index, null, TWO_LEVEL_GOVERNMENT, null);
    const predecessors = merged.slice(mergedIndex, mergedIndex + (mergedPer[index] ?? 0));
    mergedIndex += predecessors.length;
    for (const old of predecessors) {
      successions.push({ predecessor_id: old.id, successor_id: province.id, effective_on: TWO_LEVEL_GOVERNMENT });
    }
    provincesAfter.push({ province, predecessors });
  }
  // New communes per province in proportion to the old communes they take over.
  const oldCommunes = provincesAfter.map(({ predecessors }) =>
    predecessors.flatMap((old) => communesByProvince.get(old.id) ?? []),
  );
  const totalOld = oldCommunes.reduce((sum, list) => sum + list.length, 0);
  let assigned = 0;
  provincesAfter.forEach(({ province }, p) => {
    const olds = oldCommunes[p] ?? [];
    const isLast = p === provincesAfter.length - 1;
    const count = isLast
      ? shape.communesAfter - assigned
      : Math.max(1, Math.round((shape.communesAfter * olds.length) / totalOld));
    assigned += count;
    const takesOver = spread(olds.length, count);
    let at = 0;
    for (let index = 0; index < count; index += 1) {
      const commune = add('commune', 1000 + index, province.id, TWO_LEVEL_GOVERNMENT, null);
      for (const old of olds.slice(at, at + (takesOver[index] ?? 0))) {
        successions.push({ predecessor_id: old.id, successor_id: commune.id, effective_on: TWO_LEVEL_GOVERNMENT });
      }
      at += takesOver[index] ?? 0;
    }
  });
  return { units, successions, series };
}

/** "2019-01" … "2026-11", inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export const lastDayOfMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The month before the one `asOf` falls in: the last whole month a one-stop system has exported. */
export function lastWholeMonth(asOf: string): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Dossiers a month, by level: a province's departments handle most. */
const MONTHLY_RECEIVED: Record<UnitLevel, [number, number]> = {
  province: [2_000, 20_000],
  department: [200, 2_000],
  district: [400, 3_000],
  commune: [40, 400],
};

/** One month's counts of one unit: received; resolved early, on time, late; still within deadline. */
export function monthlyCounts(random: Random, level: UnitLevel, quality: number): number[] {
  const [min, max] = MONTHLY_RECEIVED[level];
  const received = random.int(min, max);
  const inProgress = Math.floor(received * (0.05 + random.next() * 0.1));
  const resolved = received - inProgress;
  const late = Math.floor(resolved * (1 - quality) * random.next());
  const early = Math.floor((resolved - late) * random.next() * 0.3);
  return [received, early, resolved - late - early, late, inProgress];
}

export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type InspectionPlan = {
  id: string;
  unitId: string;
  date: string;
  kind: 'visit' | 'review_meeting' | 'unit_report';
  topic: string;
  leaderName: string;
  leaderTitle: string;
  searchText: string;
  leaderSearch: string;
  findings: { kind: 'strength' | 'limitation'; parArea: ParArea; text: string }[];
  directives: {
    id: string;
    leadUnitId: string;
    text: string;
    parArea: ParArea;
    dueDate: string;
    completedOn: string | null;
    /** A progress report without completion, for some open directives. */
    progress: number | null;
  }[];
};

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'] as const;
const GIVEN = ['Văn Long', 'Thị Hoa', 'Đức Thọ', 'Minh Tuấn', 'Gia Long', 'Thu Hà', 'Quốc Huy', 'Hải Yến'] as const;
const TITLES = ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Nội vụ', 'Phó Giám đốc Sở Nội vụ'] as const;
const DIRECTIVE_TEXTS = [
  'Rà soát, đơn giản hoá thủ tục hành chính thuộc thẩm quyền',
  'Nâng cao tỉ lệ hồ sơ giải quyết đúng hạn tại bộ phận một cửa',
  'Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình',
  'Hoàn thiện kế hoạch cải cách hành chính năm tới',
  'Kiện toàn đội ngũ công chức bộ phận tiếp nhận và trả kết quả',
  'Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính',
  'Công khai đầy đủ thủ tục hành chính tại trụ sở và trên cổng thông tin',
  'Xử lý dứt điểm hồ sơ quá hạn, xin lỗi người dân theo quy định',
  'Tăng cường kiểm tra công vụ, kỷ luật, kỷ cương hành chính',
  'Ứng dụng chữ ký số trong gửi nhận văn bản điện tử',
] as const;

/**
 * The inspections: spread over the years, of units that existed on the day (districts and communes
 * before the reform, communes after; a tenth of provinces), each with two strengths, a limitation
 * and ten directives due in one to six months, answered as of `asOf` in all four buckets.
 */
export function generateInspections(tree: UnitTree, count: number, random: Random, asOf: string): InspectionPlan[] {
  const byLevelBefore = { district: [] as UnitRow[], commune: [] as UnitRow[], province: [] as UnitRow[] };
  const byLevelAfter = { commune: [] as UnitRow[], province: [] as UnitRow[] };
  for (const unit of tree.units) {
    if (unit.valid_to === END_OF_DISTRICTS || unit.valid_to === null) {
      if (!unit.valid_from && unit.level in byLevelBefore) byLevelBefore[unit.level as 'district'].push(unit);
    }
    if (unit.valid_to === null && (unit.level === 'commune' || unit.level === 'province')) {
      byLevelAfter[unit.level].push(unit);
    }
  }
  const firstDay = Date.parse(`${FIRST_MONTH}-01T00:00:00Z`);
  const days = Math.floor((Date.parse(`${asOf}T00:00:00Z`) - firstDay) / 86_400_000);
  const plans: InspectionPlan[] = [];
  for (let index = 0; index < count; index += 1) {
    const date = addDays(`${FIRST_MONTH}-01`, random.int(0, days - 1));
    const before = date <= END_OF_DISTRICTS;
    const roll = random.next();
    const pool = before
      ? roll < 0.1
        ? byLevelBefore.province
        : roll < 0.65
          ? byLevelBefore.district
          : byLevelBefore.commune
      : roll < 0.1
        ? byLevelAfter.province
        : byLevelAfter.commune;
    const unit = random.pick(pool);
    const leaderName = `${random.pick(SURNAMES)} ${random.pick(GIVEN)}`;
    const leaderTitle = random.pick(TITLES);
    const year = date.slice(0, 4);
    const topic = `Kiểm tra công tác cải cách hành chính năm ${year} tại ${unit.name}`;
    const findings: InspectionPlan['findings'] = [
      { kind: 'strength', parArea: 'procedures', text: 'Bộ phận một cửa bố trí khoa học, công khai đầy đủ thủ tục.' },
      { kind: 'strength', parArea: 'leadership', text: 'Ban hành kịp thời kế hoạch cải cách hành chính.' },
      { kind: 'limitation', parArea: 'digital_government', text: 'Tỉ lệ hồ sơ trực tuyến toàn trình còn thấp.' },
    ];
    const directives: InspectionPlan['directives'] = Array.from({ length: DIRECTIVES_PER_INSPECTION }, (_, item) => {
      const dueDate = addDays(date, random.pick([30, 60, 90, 180]));
      const roll = random.next();
      let completedOn: string | null = null;
      if (dueDate < asOf) {
        // Past due: most done on time, some late, some still overdue.
        if (roll < 0.7) completedOn = addDays(date, random.int(1, Math.max(1, daysBetween(date, dueDate))));
        else if (roll < 0.85) completedOn = minDate(addDays(dueDate, random.int(1, 60)), asOf);
      } else if (roll < 0.3) {
        completedOn = minDate(addDays(date, random.int(1, Math.max(1, daysBetween(date, asOf)))), asOf);
      }
      return {
        id: random.uuid(),
        leadUnitId: unit.id,
        text: `${DIRECTIVE_TEXTS[item % DIRECTIVE_TEXTS.length]}.`,
        parArea: parAreas[item % parAreas.length] as ParArea,
        dueDate,
        completedOn,
        progress: completedOn === null && random.next() < 0.5 ? random.int(10, 90) : null,
      };
    });
    plans.push({
      id: random.uuid(),
      unitId: unit.id,
      date,
      kind: random.next() < 0.85 ? 'visit' : 'review_meeting',
      topic,
      leaderName,
      leaderTitle,
      searchText: toSearchDocument(
        topic,
        leaderName,
        leaderTitle,
        ...findings.map((f) => f.text),
        ...directives.map((d) => d.text),
      ),
      leaderSearch: toSearchDocument(leaderName),
      findings,
      directives,
    });
  }
  return plans;
}

const daysBetween = (from: string, to: string) =>
  Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const minDate = (a: string, b: string) => (a < b ? a : b);
