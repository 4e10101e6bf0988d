import { z } from 'zod';
import { auditEntries } from '../db/journal';
import { http, isoDateSchema, requirePermission, validQuery } from './http';

const AuditQuery = z.object({
  username: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** Instants are compared as Vietnamese calendar days (UTC+7). */
const vnDay = (instant: string) =>
  new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

export const auditHandlers = [
  http.get('/audit', ({ request, cookies, response }) => {
    requirePermission(cookies, 'audit:view');
    const q = validQuery(request, AuditQuery);
    const all = auditEntries().filter(
      (e) =>
        (!q.username || e.username === q.username) &&
        (!q.action || e.action.startsWith(q.action)) &&
        (!q.from || vnDay(e.at) >= q.from) &&
        (!q.to || vnDay(e.at) <= q.to),
    );
    const start = (q.page - 1) * q.pageSize;
    return response(200).json({
      items: all.slice(start, start + q.pageSize),
      total: all.length,
      page: q.page,
      pageSize: q.pageSize,
    });
  }),
];
