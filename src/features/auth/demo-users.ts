import type { Role } from '../../config/permissions';

/**
 * The demo's users (password `demo` for all). Imported only by demo builds: the sign-in page loads it
 * behind `import.meta.env.VITE_DEMO`, and the mock server builds its user table from it.
 */
export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** The unit the user works for (an organisation or a district). */
  unitCode: string;
  unitName: string;
  /** What the user may see: the whole province, or one district. */
  scopeDistrictCode: string | null;
}

export const DEMO_PASSWORD = 'demo';

export const demoUsers: readonly DemoUser[] = [
  {
    username: 'officer.center',
    displayName: 'Nguyễn Thị Hương',
    role: 'officer',
    unitCode: 'TTPVHCC',
    unitName: 'Trung tâm Phục vụ hành chính công tỉnh',
    scopeDistrictCode: null,
  },
  {
    username: 'officer.vietyen',
    displayName: 'Thân Văn Long',
    role: 'officer',
    unitCode: '222',
    unitName: 'Bộ phận một cửa Thị xã Việt Yên',
    scopeDistrictCode: '222',
  },
  {
    username: 'head.ict',
    displayName: 'Giáp Minh Tuấn',
    role: 'head',
    unitCode: 'STTTT',
    unitName: 'Sở Thông tin và Truyền thông',
    scopeDistrictCode: null,
  },
  {
    username: 'head.luc-ngan',
    displayName: 'Hoàng Văn Sơn',
    role: 'head',
    unitCode: '219',
    unitName: 'UBND Huyện Lục Ngạn',
    scopeDistrictCode: '219',
  },
  {
    username: 'admin.justice',
    displayName: 'Lê Thu Trang',
    role: 'dept_admin',
    unitCode: 'STP',
    unitName: 'Sở Tư pháp',
    scopeDistrictCode: null,
  },
  {
    username: 'admin.ict',
    displayName: 'Phạm Quang Huy',
    role: 'sys_admin',
    unitCode: 'STTTT',
    unitName: 'Sở Thông tin và Truyền thông',
    scopeDistrictCode: null,
  },
];
