export { type ExtractOptions, extractReport } from './extract';
export { parseVietnameseNumber } from './figures';
export { parAreaOf } from './par-area-keywords';
