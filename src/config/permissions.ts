/**
 * Who may do what: one table, read by the router, the navigation and the (mock) server alike.
 * A role's unit scope (province or one district) is separate: see `scope` on the signed-in user.
 */
import { Role as contractRoles } from '../api/enums';

/** The roles the contract names (src/api/enums.ts). */
export const roles = contractRoles;
export type Role = (typeof roles)[number];

export const permissionTable = {
  /** Migration progress figures for the user's scope. */
  'stats:view': ['officer', 'head', 'dept_admin', 'sys_admin'],
  /** The accounts work list and one account's page. */
  'accounts:view': ['officer', 'head', 'sys_admin'],
  /** Show one account's full identity and phone number (audited). */
  'accounts:reveal': ['officer', 'sys_admin'],
  /** Send reminders, record counter visits, request identity checks. */
  'accounts:act': ['officer', 'sys_admin'],
  /** Merge duplicates and close accounts. */
  'accounts:clean': ['sys_admin'],
  /** Export the filtered list. */
  'accounts:export': ['officer', 'head', 'sys_admin'],
  /** Create an organisation / business account at the desk (citizen creation is governed by policy). */
  'accounts:create': ['officer', 'sys_admin'],
  /** The counter guide. */
  'guide:view': ['officer', 'head', 'sys_admin'],
  /** Read and confirm guidance notices. */
  'notices:view': ['officer', 'head', 'dept_admin', 'sys_admin'],
  /** Write, edit and publish notices (department admins for their own department only). */
  'notices:write': ['dept_admin', 'sys_admin'],
  /** Manage every department's notices. */
  'notices:manage-all': ['sys_admin'],
  /** The audit log. */
  'audit:view': ['sys_admin'],
  /** Import the account lists that the province's systems export (issue 19). */
  'imports:run': ['sys_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return (permissionTable[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissionTable) as Permission[]).filter((p) => can(role, p));
}

/** The permission each route needs; the router guards with it and the navigation hides what fails. */
export const routePermissions = {
  home: 'stats:view',
  accounts: 'accounts:view',
  account: 'accounts:view',
  accountNew: 'accounts:create',
  notices: 'notices:view',
  notice: 'notices:view',
  noticeNew: 'notices:write',
  noticeEdit: 'notices:write',
  noticePrint: 'notices:view',
  guide: 'guide:view',
  audit: 'audit:view',
  imports: 'imports:run',
} as const satisfies Record<string, Permission>;

export type GuardedRoute = keyof typeof routePermissions;
