import type { AuditFilters } from '../../src/lib/audit-export';
import { isoOf } from '../db/days';
import { today, todayDay } from '../db/demo-state';
import { auditEntries, writeAudit, type AuditEntry } from '../db/journal';
import { unitTree } from '../db/units';
import { exportResponse } from './files';
import { http, requirePermission, valid } from './http';

/** Instants are compared as Vietnamese calendar days (UTC+7). */
const vnDay = (instant: string) =>
  new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The entries the list and the export show for the same filters, newest first. Nothing after the
 * demo day: moved back in time, the log shows what had happened by then.
 */
function matching(f: AuditFilters): readonly AuditEntry[] {
  const day = today();
  const q = { ...f, username: f.username?.trim(), action: f.action?.trim() };
  return auditEntries().filter(
    (e) =>
      vnDay(e.at) <= day &&
      (!q.username || e.username === q.username) &&
      (!q.action || e.action.startsWith(q.action)) &&
      (!q.from || vnDay(e.at) >= q.from) &&
      (!q.to || vnDay(e.at) <= q.to),
  );
}

export const auditHandlers = [
  http.get('/audit', async ({ request, cookies, response }) => {
    requirePermission(cookies, 'audit:view');
    const { query: q } = await valid('listAudit', request);
    const all = matching(q);
    // The contract's defaults are filled in; the generated types do not know them.
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const start = (page - 1) * pageSize;
    return response(200).json({
      items: all.slice(start, start + pageSize),
      total: all.length,
      page,
      pageSize,
    });
  }),

  http.get('/audit/export', async ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'audit:view');
    const { query: q } = await valid('exportAudit', request);
    // The file's headings and rows (with their translations): loaded for the first export.
    const {
      AUDIT_SHEET_NAME,
      auditExportHeader,
      auditExportName,
      auditExportRow,
      auditFilterString,
    } = await import('../../src/lib/audit-export');
    // A copy taken now: entries written while the file streams (this export's own) stay out.
    const entries = [...matching(q)];
    writeAudit(user, {
      action: 'audit.export',
      targets: [],
      details: { rows: entries.length, format: q.format, filter: auditFilterString(q) },
    });
    return response.untyped(
      await exportResponse(
        { format: q.format, name: auditExportName(isoOf(todayDay())), sheetName: AUDIT_SHEET_NAME },
        auditExportHeader,
        entries,
        (e) => auditExportRow(unitTree, e),
      ),
    );
  }),
];
