import type { ParArea } from '@partrack/contracts';

/**
 * Keywords per PAR area (DOMAIN.md; Resolution 76/NQ-CP and the PAR Index), folded (no diacritics).
 * A text's area is the one with most hits, the earliest hit counting extra: the head of a directive
 * ("tăng cường tuyên truyền … dịch vụ công trực tuyến") says what it is about.
 */
const KEYWORDS: Record<Exclude<ParArea, 'other'>, string[]> = {
  leadership: [
    'tuyen truyen',
    'ke hoach cchc',
    'ke hoach cai cach hanh chinh',
    'chi dao, dieu hanh',
    'chi dao dieu hanh',
    'ban chi dao',
    'kiem tra cchc',
    'kiem tra cong tac cchc',
    'kiem tra cong tac cai cach',
    'danh gia tinh hinh trien khai',
    'chi so cai cach hanh chinh',
    'chi so cchc',
    'par index',
    'nhiem vu duoc giao',
    'thanh pho giao',
    'tinh giao',
    'cham tien do',
    'so ket',
    'tong ket',
    'nang cao nhan thuc',
  ],
  institutions: [
    'van ban quy pham',
    'vbqppl',
    'the che',
    'ra soat van ban',
    'ra soat lai cac van ban',
    'cac van ban, quy dinh',
    'quy che lam viec',
    'phap luat',
    'kiem tra van ban',
    'theo doi thi hanh',
  ],
  procedures: [
    'thu tuc hanh chinh',
    'tthc',
    'mot cua',
    '1 cua',
    'ho so',
    'tiep nhan va tra ket qua',
    'buu chinh cong ich',
    'don gian hoa',
    'niem yet',
    'di lai nhieu lan',
    'dung han',
    'qua han',
    'tre han',
  ],
  organisation: [
    'to chuc bo may',
    'bo may',
    'tinh gian bien che',
    'bien che',
    'sap xep',
    'sap nhap',
    'hop nhat',
    'vi tri viec lam',
    'kien toan',
    'don vi su nghiep',
    'thon, to dan pho',
  ],
  civil_service: [
    'ky luat',
    'ky cuong',
    'cong vu',
    'can bo',
    'cong chuc',
    'vien chuc',
    'dao tao',
    'boi duong',
    'tap huan',
    'van hoa cong so',
    'quy tac ung xu',
    'thi dua',
    'tac phong',
    'le loi',
    'trach nhiem nguoi dung dau',
    'nang luc',
    'trinh do',
    'dot xuat',
  ],
  public_finance: [
    'tai chinh',
    'chi tieu noi bo',
    'tai san cong',
    'dau tu cong',
    'giai ngan',
    'ngan sach',
    'tu chu',
    'kinh phi',
    'von dau tu',
  ],
  digital_government: [
    'dich vu cong truc tuyen',
    'truc tuyen',
    'muc do 3',
    'cntt',
    'cong nghe thong tin',
    'chinh quyen dien tu',
    'chinh quyen so',
    'chuyen doi so',
    'chu ky so',
    'phan mem',
    'mot cua dien tu',
    'cong thong tin dien tu',
    'trang thong tin dien tu',
    'cong dich vu cong',
    'trang dich vu cong',
    'moi truong mang',
    'trang thiet bi',
    'hien dai hoa',
    'van ban dien tu',
    'du lieu',
    'so hoa',
  ],
  impact: ['hai long', 'sipas', 'papi', 'tac dong', 'chi so hai long', 'phan anh, kien nghi'],
};

/** Topics that are not PAR at all (seed 3's urban development): they make a text `other`. */
const OTHER_TOPICS = [
  'do thi',
  'dat dai',
  'quy dat',
  'du an',
  'giai phong mat bang',
  'gmpb',
  'khieu kien',
  'khieu nai',
  'vuon hoa',
  'ha tang',
  'truong mam non',
  'xay dung duong',
  'nong thon moi',
  'san xuat',
  'phong chong dich',
];

function hits(text: string, keyword: string): number[] {
  const positions: number[] = [];
  let index = text.indexOf(keyword);
  while (index >= 0) {
    const before = text[index - 1];
    const after = text[index + keyword.length];
    if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after))) positions.push(index);
    index = text.indexOf(keyword, index + keyword.length);
  }
  return positions;
}

/** The PAR area a folded text is about, or null when no keyword fits. */
export function parAreaOf(folded: string): ParArea | null {
  let best: ParArea | null = null;
  let bestScore = 0;
  let earliest = Number.POSITIVE_INFINITY;
  let earliestArea: ParArea | null = null;
  const scores = new Map<ParArea, number>();
  const areas = [...Object.entries(KEYWORDS), ['other', OTHER_TOPICS] as const] as [ParArea, string[]][];
  for (const [area, keywords] of areas) {
    let score = 0;
    for (const keyword of keywords) {
      const found = hits(folded, keyword);
      score += found.length;
      const first = found[0];
      if (first !== undefined && first < earliest) {
        earliest = first;
        earliestArea = area;
      }
    }
    scores.set(area, score);
  }
  if (earliestArea) scores.set(earliestArea, (scores.get(earliestArea) ?? 0) + 1.5);
  for (const [area, score] of scores) {
    if (score > bestScore) {
      best = area;
      bestScore = score;
    }
  }
  return best;
}
