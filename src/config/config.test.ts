import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { loginPath, safeNext } from './paths';
import { can, permissionsOf, routePermissions } from './permissions';

describe('env', () => {
  it('defaults the API to same-origin /api', () => {
    expect(parseEnv({}).VITE_API_BASE_URL).toBe('/api');
    expect(parseEnv({ VITE_API_BASE_URL: 'https://api.example.vn/api/' }).VITE_API_BASE_URL).toBe(
      'https://api.example.vn/api',
    );
  });

  it('rejects a base URL that is neither a path nor http(s)', () => {
    expect(() => parseEnv({ VITE_API_BASE_URL: 'javascript:alert(1)' })).toThrow(
      /VITE_API_BASE_URL/,
    );
  });
});

describe('paths', () => {
  it('returns only to same-app paths after sign-in', () => {
    expect(safeNext('/accounts?reason=no_id')).toBe('/accounts?reason=no_id');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(loginPath('/notices/1/edit')).toBe('/login?next=%2Fnotices%2F1%2Fedit');
  });
});

describe('permissions', () => {
  it('gives the audit log to system admins only', () => {
    expect(can('sys_admin', routePermissions.audit)).toBe(true);
    expect(can('officer', routePermissions.audit)).toBe(false);
    expect(can('head', routePermissions.audit)).toBe(false);
  });

  it('lets department admins write notices but not work accounts', () => {
    expect(permissionsOf('dept_admin')).toContain('notices:write');
    expect(can('dept_admin', 'accounts:view')).toBe(false);
    expect(can('officer', 'notices:write')).toBe(false);
  });
});
