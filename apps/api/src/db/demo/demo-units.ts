import type { UnitLevel } from '@partrack/contracts';

/**
 * The administrative units of the five source reports (../shared/reports), as they stood then.
 * Districts end on 30/06/2025, when Vietnam abolished the district level (Resolution 202/2025/QH15),
 * as do Hà Giang (merged into Tuyên Quang) and the communes it reorganised.
 */
export type DemoUnit = {
  key: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  parent?: string;
  code?: string;
  validFrom?: string;
  validTo?: string;
};

const END_OF_DISTRICTS = '2025-06-30';
const TWO_LEVEL_GOVERNMENT = '2025-07-01';

export const demoUnits: DemoUnit[] = [
  { key: 'hai-phong', name: 'Thành phố Hải Phòng', shortName: 'Hải Phòng', level: 'province', code: '31' },
  {
    key: 'hai-phong-noi-vu',
    name: 'Sở Nội vụ thành phố Hải Phòng',
    shortName: 'Sở Nội vụ Hải Phòng',
    level: 'department',
    parent: 'hai-phong',
  },
  {
    key: 'kien-thuy',
    name: 'Huyện Kiến Thụy',
    shortName: 'Kiến Thụy',
    level: 'district',
    parent: 'hai-phong',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'kien-an',
    name: 'Quận Kiến An',
    shortName: 'Kiến An',
    level: 'district',
    parent: 'hai-phong',
    validTo: END_OF_DISTRICTS,
  },

  {
    key: 'ha-giang',
    name: 'Tỉnh Hà Giang',
    shortName: 'Hà Giang',
    level: 'province',
    code: '02',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'ha-giang-noi-vu',
    name: 'Sở Nội vụ tỉnh Hà Giang',
    shortName: 'Sở Nội vụ Hà Giang',
    level: 'department',
    parent: 'ha-giang',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'vi-xuyen',
    name: 'Huyện Vị Xuyên',
    shortName: 'Vị Xuyên',
    level: 'district',
    parent: 'ha-giang',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'viet-lam',
    name: 'Xã Việt Lâm',
    shortName: 'Việt Lâm',
    level: 'commune',
    parent: 'vi-xuyen',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'nong-truong-viet-lam',
    name: 'Thị trấn Nông trường Việt Lâm',
    shortName: 'Nông trường Việt Lâm',
    level: 'commune',
    parent: 'vi-xuyen',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'tuyen-quang',
    name: 'Tỉnh Tuyên Quang',
    shortName: 'Tuyên Quang',
    level: 'province',
    validFrom: TWO_LEVEL_GOVERNMENT,
  },

  { key: 'ha-noi', name: 'Thành phố Hà Nội', shortName: 'Hà Nội', level: 'province', code: '01' },
  {
    key: 'ha-noi-noi-vu',
    name: 'Sở Nội vụ thành phố Hà Nội',
    shortName: 'Sở Nội vụ Hà Nội',
    level: 'department',
    parent: 'ha-noi',
  },
  {
    key: 'thanh-tri',
    name: 'Huyện Thanh Trì',
    shortName: 'Thanh Trì',
    level: 'district',
    parent: 'ha-noi',
    validTo: END_OF_DISTRICTS,
  },
  {
    key: 'gia-lam',
    name: 'Huyện Gia Lâm',
    shortName: 'Gia Lâm',
    level: 'district',
    parent: 'ha-noi',
    validTo: END_OF_DISTRICTS,
  },
];

export const demoSuccessions = [
  {
    predecessor: 'ha-giang',
    successor: 'tuyen-quang',
    effectiveOn: TWO_LEVEL_GOVERNMENT,
    note: 'Nghị quyết 202/2025/QH15: Hà Giang và Tuyên Quang hợp nhất thành tỉnh Tuyên Quang',
  },
];
