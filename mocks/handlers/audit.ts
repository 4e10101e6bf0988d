import { z } from 'zod';
import {
  AUDIT_SHEET_NAME,
  auditExportHeader,
  auditExportName,
  auditExportRow,
  auditFilterString,
} from '../../src/lib/audit-export';
import { isoOf } from '../db/days';
import { today, todayDay } from '../db/demo-state';
import { auditEntries, writeAudit, type AuditEntry } from '../db/journal';
import { unitTree } from '../db/units';
import { exportResponse } from './files';
import { http, isoDateSchema, requirePermission, validQuery } from './http';

const AuditFilters = z.object({
  username: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
const AuditQuery = AuditFilters.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
const AuditExportQuery = AuditFilters.extend({ format: z.enum(['csv', 'xlsx']) });

/** Instants are compared as Vietnamese calendar days (UTC+7). */
const vnDay = (instant: string) =>
  new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The entries the list and the export show for the same filters, newest first. Nothing after the
 * demo day: moved back in time, the log shows what had happened by then.
 */
function matching(q: z.infer<typeof AuditFilters>): readonly AuditEntry[] {
  const day = today();
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
  http.get('/audit', ({ request, cookies, response }) => {
    requirePermission(cookies, 'audit:view');
    const q = validQuery(request, AuditQuery);
    const all = matching(q);
    const start = (q.page - 1) * q.pageSize;
    return response(200).json({
      items: all.slice(start, start + q.pageSize),
      total: all.length,
      page: q.page,
      pageSize: q.pageSize,
    });
  }),

  http.get('/audit/export', ({ request, cookies, response }) => {
    const user = requirePermission(cookies, 'audit:view');
    const q = validQuery(request, AuditExportQuery);
    // A copy taken now: entries written while the file streams (this export's own) stay out.
    const entries = [...matching(q)];
    writeAudit(user, {
      action: 'audit.export',
      targets: [],
      details: { rows: entries.length, format: q.format, filter: auditFilterString(q) },
    });
    return response.untyped(
      exportResponse(
        { format: q.format, name: auditExportName(isoOf(todayDay())), sheetName: AUDIT_SHEET_NAME },
        auditExportHeader,
        entries,
        (e) => auditExportRow(unitTree, e),
      ),
    );
  }),
];
