/** Vietnamese text of a unit's history on its page, loaded with that page (see `index.ts`). */
export const unitHistoryVi = {
  inspections: 'Các cuộc kiểm tra',
  inspectionsHint: 'Của đơn vị và các đơn vị trực thuộc, cũ nhất trước.',
  inspectionsEmpty: 'Chưa có cuộc kiểm tra nào.',
  inspectionsAll: 'Mở danh sách {{count}} cuộc kiểm tra',
  directiveCount: '{{count}} chỉ đạo',
  overdueCount: '{{count}} quá hạn',
  figures: 'Tỉ lệ hồ sơ giải quyết đúng hạn theo năm',
  figuresHint: 'Tính từ số hồ sơ các cấp cộng lại; năm không có số liệu ghi rõ “không có số liệu”.',
  figuresCaption: 'Tỉ lệ hồ sơ đúng hạn theo năm',
  year: 'Năm',
  rate: 'Tỉ lệ',
  counts: 'Đúng hạn / đã giải quyết',
  notReported: 'không có số liệu',
  reported: '(số liệu báo cáo)',
  percent: '{{value}} %',
  directives: 'Chỉ đạo theo tình trạng',
  directivesEmpty: 'Chưa có chỉ đạo nào.',
  directivesAll: 'Tất cả {{count}} chỉ đạo',
  bucketLink: '{{bucket}}: {{count}}',
};

export type UnitHistoryCatalogue = typeof unitHistoryVi;
