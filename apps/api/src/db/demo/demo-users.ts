import type { Role } from '@partrack/contracts';

/** The demo accounts (README, "Demo accounts"); they exist only with the embedded demo data. */
export const DEMO_PASSWORD = 'partrack-demo';

export const demoUsers: { username: string; displayName: string; role: Role; unit?: string }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'noivu', displayName: 'Chuyên viên Sở Nội vụ', role: 'inspector' },
  { username: 'lanhdao', displayName: 'Lãnh đạo UBND', role: 'leader' },
  { username: 'kienan', displayName: 'Cán bộ Quận Kiến An', role: 'unit_officer', unit: 'kien-an' },
  { username: 'gialam', displayName: 'Cán bộ Huyện Gia Lâm', role: 'unit_officer', unit: 'gia-lam' },
];
