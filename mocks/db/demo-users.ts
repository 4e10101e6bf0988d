import type { Role } from '../../src/config/permissions';

/**
 * The demo's users (password `demo` for all): the demo backend builds its user table from them, the
 * server's demo seed (`server/src/seed`) seeds the same users, and the demo's sign-in page lists
 * them through `GET /demo/users`. `scripts/check-dist.mjs` reads this file to make sure that no
 * production build ships them.
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
