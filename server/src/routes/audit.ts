/**
 * The audit log, for system admins: a page of entries, or every matching entry as a file (CSV with
 * BOM, or XLSX) streamed in keyset batches, never the whole log in memory. The filters are the demo
 * backend's (mocks/handlers/audit.ts): one user exactly, an action and those under it (`account.`
 * or `account.export`), days from/to in Asia/Ho_Chi_Minh, and nothing after the business day. An
 * export is itself audited (`audit.export`: format, rows, filter).
 */
import { Readable } from 'node:stream';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { components } from '../../../src/api/schema';
import {
  AUDIT_SHEET_NAME,
  auditExportHeader,
  auditExportName,
  auditExportRow,
  auditFilterString,
  type AuditFilters,
} from '../../../src/lib/audit-export';
import { csvChunks, type Cell } from '../../../src/lib/csv';
import { XLSX_MIME, xlsxChunks } from '../../../src/lib/xlsx';
import type { DB } from '../db/schema';
import type { Handlers } from '../http/routing';
import type { Services } from '../services';
import { addDays } from '../../../src/lib/dates';
import { loadUnitTree } from './reference';

type AuditEntry = components['schemas']['AuditEntry'];
type Role = NonNullable<AuditEntry['role']>;

/** Rows per batch of an export. */
const BATCH = 2_000;

/** Midnight starting a day in Vietnam (UTC+7), as an instant. */
const vnStart = (day: string) => new Date(`${day}T00:00:00+07:00`).toISOString();

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered<O>(
  q: SelectQueryBuilder<DB, 'audit_log', O>,
  f: AuditFilters,
  today: string,
): SelectQueryBuilder<DB, 'audit_log', O> {
  // Moved back in time (a demo day), the log shows what had happened by then.
  let out = q.where('at', '<', vnStart(addDays(today, 1)));
  const username = f.username?.trim();
  const action = f.action?.trim();
  if (username) out = out.where('username', '=', username);
  if (action) out = out.where(sql<boolean>`action like ${likePrefix(action)}`);
  if (f.from) out = out.where('at', '>=', vnStart(f.from));
  if (f.to) out = out.where('at', '<', vnStart(addDays(f.to, 1)));
  return out;
}

const COLUMNS = [
  'id',
  'at',
  'username',
  'role',
  'unit_code',
  'action',
  'targets',
  'details',
  'outcome',
] as const;

interface Row {
  id: number;
  at: string;
  username: string;
  role: string | null;
  unit_code: string | null;
  action: string;
  targets: string[];
  details: unknown;
  outcome: 'ok' | 'refused';
}

/** An entry as the API gives it: without `details` when there are none (as the demo does). */
function toEntry(r: Row): AuditEntry {
  const details = (r.details ?? {}) as NonNullable<AuditEntry['details']>;
  return {
    id: String(r.id),
    at: r.at,
    username: r.username,
    role: (r.role as Role | null) ?? null,
    unitCode: r.unit_code,
    action: r.action,
    targets: r.targets,
    ...(Object.keys(details).length ? { details } : {}),
    outcome: r.outcome,
  };
}

/** The matching entries newest first, a batch at a time, up to `maxId` (taken when it began). */
async function* batches(
  services: Services,
  f: AuditFilters,
  maxId: number,
  toRow: (e: AuditEntry) => Cell[],
): AsyncGenerator<Cell[][]> {
  const today = services.clock.today();
  // The last row sent, by id: its instant is compared as stored (microseconds), not as parsed.
  let after: number | null = null;
  for (;;) {
    let q = filtered(services.db.selectFrom('audit_log').select(COLUMNS), f, today).where(
      'id',
      '<=',
      maxId,
    );
    if (after !== null) {
      q = q.where(
        sql<boolean>`(at, id) < (select l.at, l.id from audit_log l where l.id = ${after})`,
      );
    }
    const rows = (await q
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(BATCH)
      .execute()) as Row[];
    if (rows.length === 0) return;
    yield rows.map((r) => toRow(toEntry(r)));
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

export const auditRoutes: Handlers = {
  listAudit: async ({ require, query, services }) => {
    await require('audit:view');
    const today = services.clock.today();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const [{ total } = { total: 0 }] = await filtered(
      services.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('total')),
      query,
      today,
    ).execute();
    const rows = (await filtered(services.db.selectFrom('audit_log').select(COLUMNS), query, today)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute()) as Row[];
    return { items: rows.map(toEntry), total: Number(total), page, pageSize };
  },

  exportAudit: async ({ require, query, services, reply, req }) => {
    const user = await require('audit:view');
    const today = services.clock.today();
    // What is in the log now: entries written while the file streams (this export's own) stay out.
    const last = await services.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max<number>('id').as('id'))
      .executeTakeFirst();
    const lastId = Number(last?.id ?? 0);
    const [{ rows } = { rows: 0 }] = await filtered(
      services.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('rows')),
      query,
      today,
    )
      .where('id', '<=', lastId)
      .execute();
    await services.audit.write(
      user,
      {
        action: 'audit.export',
        details: { rows: Number(rows), format: query.format, filter: auditFilterString(query) },
      },
      req.ip,
    );
    const tree = await loadUnitTree(services);
    const all = (async function* () {
      yield [auditExportHeader];
      yield* batches(services, query, lastId, (e) => auditExportRow(tree, e));
    })();
    const body = query.format === 'xlsx' ? xlsxChunks(AUDIT_SHEET_NAME, all) : csvChunks(all);
    const name = `${auditExportName(today)}.${query.format}`;
    return void (await reply
      .code(200)
      .headers({
        'content-type': query.format === 'xlsx' ? XLSX_MIME : 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
      })
      .send(Readable.from(body)));
  },
};
