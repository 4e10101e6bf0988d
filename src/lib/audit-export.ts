/**
 * The audit log's export, shared by both backends (no React, no MSW): the column headings, one row
 * per entry with the labels the audit page shows (in Vietnamese, the province's working language),
 * the file's name, and what the export's own audit entry records.
 */
import type { components } from '../api/schema';
import auditVi from '../locales/vi/audit';
import commonVi from '../locales/vi/common';
import type { Cell } from './csv';
import { formatInstant } from './dates';

type AuditEntry = components['schemas']['AuditEntry'];
type UnitTree = components['schemas']['UnitTree'];

export const AUDIT_SHEET_NAME = 'Nhật ký thao tác';

/** The download's name without extension (ASCII): `nhat-ky-2024-06-20`. */
export const auditExportName = (today: string) => `nhat-ky-${today}`;

export const auditExportHeader = [
  'Thời gian',
  'Người thực hiện',
  'Vai trò',
  'Mã đơn vị',
  'Đơn vị',
  'Mã thao tác',
  'Thao tác',
  'Đối tượng',
  'Kết quả',
  'Chi tiết',
];

/** A unit's name from its code (the province, an organisation or a district), else the code. */
export function unitLabel(tree: UnitTree, code: string): string {
  if (code === tree.province.code) return tree.province.name;
  return (
    tree.organisations.find((o) => o.code === code)?.name ??
    tree.districts.find((d) => d.code === code)?.name ??
    code
  );
}

/** `account.create-citizen.refused` → its label in the audit page's list of actions. */
export function auditActionLabel(action: string): string {
  const key = action.replace(/[.-]/g, '_');
  return key in auditVi.actions ? auditVi.actions[key as keyof typeof auditVi.actions] : action;
}

/** One entry as a row; an entry no signed-in user made has no role or unit (empty cells). */
export function auditExportRow(tree: UnitTree, e: Omit<AuditEntry, 'id'>): Cell[] {
  return [
    formatInstant(e.at),
    e.username,
    e.role ? commonVi.roles[e.role] : '',
    e.unitCode ?? '',
    e.unitCode ? unitLabel(tree, e.unitCode) : '',
    e.action,
    auditActionLabel(e.action),
    e.targets.join(', '),
    auditVi.outcomes[e.outcome],
    Object.entries(e.details ?? {})
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join('; '),
  ];
}

export interface AuditFilters {
  username?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The filters as the export's audit entry records them: a query string, keys sorted, no blanks. */
export function auditFilterString(f: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'from', 'to', 'username'] as const) {
    const value = f[key]?.trim();
    if (value) params.append(key, value);
  }
  return params.toString();
}
