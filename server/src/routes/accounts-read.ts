/**
 * The accounts read side: the work list (search, filters, sort and page in SQL), one account's
 * page, reveal, the export (streamed from keyset batches), saved views. Answers equal the demo
 * backend's (mocks/handlers/accounts-read.ts and accounts-bulk.ts) for the seeded data; the rules
 * they share live in src/lib (account-search, account-export, desk-report) and
 * server/src/services/accounts.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql, type SqlBool } from 'kysely';
import type { components } from '../../../src/api/schema';
import { can } from '../../../src/config/permissions';
import {
  exportHeader,
  exportLang,
  exportPreamble,
  exportRow,
  filterForAudit,
} from '../../../src/lib/account-export';
import { searchIsAudited } from '../../../src/lib/account-search';
import { csvChunks, type Cell } from '../../../src/lib/csv';
import { canWithdrawDeskReport, syncDayOf } from '../../../src/lib/desk-report';
import { XLSX_MIME, xlsxChunks } from '../../../src/lib/xlsx';
import { forbidden, invalidField, notFound } from '../http/problem';
import type { Handlers } from '../http/routing';
import type { Services } from '../services';
import {
  accountFilter,
  accountInScope,
  accountOrder,
  afterSql,
  countAccounts,
  inScope,
  orderBySql,
  reportStateOf,
  searchIsNarrow,
  summaryColumns,
  toSummary,
  unitIndex,
  type AccountFilter,
  type AccountListParams,
  type AccountOrder,
  type AccountRow,
  type DeskReportRow,
} from '../services/accounts';
import type { SessionUser } from '../services/users';

type AccountDetail = components['schemas']['AccountDetail'];
type ApiEvent = components['schemas']['AccountEvent'];
type EventDetails = NonNullable<ApiEvent['details']>;

/**
 * Rows per export batch: one short query each, so that other requests run between them. PGlite
 * runs one query at a time on the server's own thread: its batches are smaller, so that a request
 * never waits long for one.
 */
export const EXPORT_BATCH = { postgres: 2000, pglite: 500 } as const;
/** A reason for full numbers: at least this many characters once trimmed (as the demo). */
const EXPORT_REASON_MIN = 5;
/** Saved views kept per user (the newest). */
const SAVED_VIEWS_MAX = 30;

/** Noon in Vietnam on a day, as an instant (events the seed implies). */
const noonOn = (day: string) => `${day}T05:00:00.000Z`;

/** The account's row number in the demo's dataset (seeded ids), for the seeded events' ids. */
const seedRef = (id: string) => (/^TK\d+$/.test(id) ? String(Number(id.slice(2)) - 1) : id);

/** One page of a filtered, ordered list: the summaries' rows. */
function pageQuery(
  services: Services,
  filter: AccountFilter,
  order: AccountOrder,
  today: string,
  limit: number,
  offset = 0,
) {
  return services.db
    .selectFrom('accounts as a')
    .select(summaryColumns(today))
    .where(filter.where)
    .orderBy(orderBySql(order))
    .limit(limit)
    .offset(offset);
}

/**
 * A whole-number search by a role that may not reveal numbers is audited: the matching ids (at
 * most 50, in list order) and the kind of number, never the number.
 */
async function auditNumberSearch(
  services: Services,
  user: SessionUser,
  filter: AccountFilter,
  order: AccountOrder,
  total: number,
  ip: string,
) {
  const query = filter.query;
  if (query.type !== 'number' || !searchIsAudited(user.role, query)) return;
  const ids = await services.db
    .selectFrom('accounts as a')
    .select('a.id')
    .where(filter.where)
    .orderBy(orderBySql(order))
    .limit(50)
    .execute();
  await services.audit.write(
    user,
    {
      action: 'account.search-number',
      targets: ids.map((r) => r.id),
      details: { kind: query.kind, matched: total },
    },
    ip,
  );
}

/** History details that name other accounts (merges): only ids inside the user's scope. */
const ID_DETAILS = ['into', 'others'] as const;

async function scopedDetails(
  services: Services,
  user: SessionUser,
  details: EventDetails,
): Promise<EventDetails> {
  if (!user.scopeDistrictCode) return details;
  const out = { ...details };
  for (const key of ID_DETAILS) {
    const value = out[key];
    if (typeof value !== 'string') continue;
    const ids = value.split(/,\s*/).filter(Boolean);
    const visible = ids.length
      ? await services.db
          .selectFrom('accounts')
          .select(['id', 'district_code'])
          .where('id', 'in', ids)
          .execute()
      : [];
    const ok = new Set(visible.filter((r) => inScope(user, r.district_code)).map((r) => r.id));
    const kept = ids.filter((id) => ok.has(id));
    out[key] = kept.length ? kept.join(', ') : null;
  }
  return out;
}

/** Events of an account's desk reports: the sync's verdict, or the withdrawal (with its reason). */
function reportEvents(reports: DeskReportRow[], today: string): ApiEvent[] {
  const out: ApiEvent[] = [];
  for (const r of reports) {
    const state = reportStateOf(r, today);
    if (state === 'withdrawn') {
      out.push({
        id: `${r.id}-w`,
        at: r.withdrawn_at ?? noonOn(r.withdrawn_on!),
        type: 'desk-report-withdrawn',
        username: r.withdrawn_by,
        details: { reportedBy: r.reported_by, reason: r.withdraw_reason },
      });
    } else if (state === 'confirmed' || state === 'not_confirmed') {
      out.push({
        id: `${r.id}-s`,
        // The nightly sync, at half past midnight in Vietnam on the next day.
        at: new Date(`${syncDayOf(r.reported_on)}T00:30:00+07:00`).toISOString(),
        type: state === 'confirmed' ? 'desk-report-confirmed' : 'desk-report-not-confirmed',
        username: null,
        details: { reportedBy: r.reported_by, reportedOn: r.reported_on },
      });
    }
  }
  return out;
}

/** The day of an instant in Vietnam, in SQL. */
const vnDay = sql<string>`(account_events.at at time zone 'Asia/Ho_Chi_Minh')::date`;

/** One account's page, as the demo's detailOf. */
async function detailOf(
  services: Services,
  user: SessionUser,
  row: Awaited<ReturnType<typeof accountInScope>>,
): Promise<AccountDetail> {
  const today = services.clock.today();
  const db = services.db;
  const desk = row.source === 'desk' && !row.id.startsWith('TK');
  const original = row.duplicate_of ?? row.id;
  const [duplicates, events, reports, reminded] = await Promise.all([
    desk
      ? Promise.resolve([])
      : db
          .selectFrom('accounts as a')
          .select(summaryColumns(today))
          .where((eb) =>
            eb.or([
              eb.and([eb('a.id', '=', original), eb('a.id', '<>', row.id)]),
              eb.and([eb('a.duplicate_of', '=', original), eb('a.id', '<>', row.id)]),
            ]),
          )
          .where(sql<boolean>`a.registered_on <= ${today}::date`)
          .$if(!!user.scopeDistrictCode, (q) =>
            q.where('a.district_code', '=', user.scopeDistrictCode!),
          )
          .orderBy(sql`a.id = ${original}`, 'desc')
          .orderBy('a.id')
          .execute(),
    db
      .selectFrom('account_events')
      .select(['id', 'at', 'type', 'username', 'details'])
      .where('account_id', '=', row.id)
      .where(sql<boolean>`${vnDay} <= ${today}::date`)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('desk_reports')
      .selectAll()
      .where('account_id', '=', row.id)
      .orderBy('reported_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('account_events')
      .select(sql<string | null>`max(${vnDay})`.as('day'))
      .where('account_id', '=', row.id)
      .where('type', '=', 'reminder')
      .executeTakeFirst(),
  ]);

  const fromReports = reportEvents(reports, today);
  const seeded: ApiEvent[] = [
    {
      id: `seed-reg-${seedRef(row.id)}`,
      at: noonOn(row.registered_on),
      type: 'registered',
      username: desk ? row.created_by : null,
      details: { source: row.source },
    },
  ];
  const convertedByEvent = events.some((e) => e.type === 'converted');
  const convertedBySync = fromReports.some((e) => e.type === 'desk-report-confirmed');
  if (
    row.converted_on !== null &&
    row.converted_on <= today &&
    !convertedByEvent &&
    !convertedBySync
  ) {
    seeded.push({
      id: `seed-conv-${seedRef(row.id)}`,
      at: noonOn(row.converted_on),
      type: 'converted',
      username: null,
    });
  }
  const recorded: ApiEvent[] = await Promise.all(
    events.map(async (e) => {
      const stored = (e.details ?? {}) as EventDetails;
      // An event with nothing to add has no details (as the demo records it).
      if (Object.keys(stored).length === 0) {
        return {
          id: String(e.id),
          at: e.at,
          type: e.type as ApiEvent['type'],
          username: e.username,
        };
      }
      return {
        id: String(e.id),
        at: e.at,
        type: e.type as ApiEvent['type'],
        username: e.username,
        details: await scopedDetails(services, user, stored),
      };
    }),
  );
  const history = [...seeded, ...recorded, ...fromReports].sort((a, b) => a.at.localeCompare(b.at));

  const latest = reports.filter((r) => r.reported_on <= today).at(-1);
  let deskReport: AccountDetail['deskReport'] = null;
  if (latest && !desk) {
    const state = reportStateOf(latest, today);
    deskReport = {
      reportedAt: latest.reported_at,
      reportedOn: latest.reported_on,
      reportedBy: latest.reported_by,
      state,
      resolvedOn:
        state === 'withdrawn'
          ? latest.withdrawn_on
          : state === 'pending'
            ? null
            : syncDayOf(latest.reported_on),
      withdrawReason: state === 'withdrawn' ? latest.withdraw_reason : null,
      canWithdraw: canWithdrawDeskReport(user, { reportedBy: latest.reported_by, state }),
    };
  }

  return {
    ...toSummary(row, today),
    birthYear: desk || row.kind === 'organisation' ? null : row.birth_year,
    nationality: row.nationality,
    taxCode: row.tax_code,
    duplicates: duplicates.map((d) => toSummary(d, today)),
    history,
    canReveal: can(user.role, 'accounts:reveal'),
    lastReminderOn: reminded?.day ?? null,
    deskReport,
  };
}

/** The export's rows, batch by batch (keyset on the order's keys), and what the audit needs. */
async function* exportBatches(
  services: Services,
  filter: AccountFilter,
  order: AccountOrder,
  toRow: (row: AccountRow & { identity_number: string | null; phone: string | null }) => Cell[],
  progress: { rows: number; hash: ReturnType<typeof createHash> },
): AsyncGenerator<Cell[][]> {
  const today = services.clock.today();
  const batch = EXPORT_BATCH[services.database.kind];
  const keyNames = order.keys.map((_, i) => `k${i}`);
  let last: unknown[] | null = null;
  for (;;) {
    // Background work: on PGlite, other requests' queries go before the next batch.
    const rows = (await services.database.background(() =>
      services.db
        .selectFrom('accounts as a')
        .select(summaryColumns(today))
        .select(order.keys.map((k, i) => k.as(keyNames[i]!)))
        .where(filter.where)
        .$if(last !== null, (q) => q.where(afterSql(order, last!)))
        .orderBy(orderBySql(order))
        .limit(batch)
        .execute(),
    )) as (AccountRow & Record<string, unknown>)[];
    if (!rows.length) return;
    for (const r of rows) {
      progress.hash.update(progress.rows === 0 ? r.id : `\n${r.id}`);
      progress.rows++;
    }
    yield rows.map(toRow);
    if (rows.length < batch) return;
    const end = rows.at(-1)!;
    last = keyNames.map((k) => end[k]);
  }
}

export const accountsReadRoutes: Handlers = {
  listAccounts: async ({ query, services, require, refuse, req }) => {
    const user = await require('accounts:view');
    const today = services.clock.today();
    const filter = await accountFilter(services, user, query, refuse);
    const order = accountOrder(query.sort, today, filter);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const offset = (page - 1) * pageSize;
    let rows: AccountRow[];
    let total: number;
    if (searchIsNarrow(filter.query)) {
      // The matches numbered in the list's order, each carrying their count: the page's rows, and
      // the first match besides (for the count when the page lies past the last match).
      const numbered = services.db
        .selectFrom('accounts as a')
        .select(summaryColumns(today))
        .select([
          sql<number>`count(*) over ()`.as('matches'),
          sql<number>`row_number() over (order by ${orderBySql(order)})`.as('rn'),
        ])
        .where(filter.where);
      const found = await services.db
        .selectFrom(numbered.as('m'))
        .selectAll()
        .where(sql<SqlBool>`(m.rn > ${offset} and m.rn <= ${offset + pageSize}) or m.rn = 1`)
        .orderBy('m.rn')
        .execute();
      rows = found.filter((r) => r.rn > offset);
      total = found[0]?.matches ?? 0;
    } else {
      [rows, total] = await Promise.all([
        pageQuery(services, filter, order, today, pageSize, offset).execute(),
        countAccounts(services, filter),
      ]);
    }
    await auditNumberSearch(services, user, filter, order, total, req.ip);
    return { items: rows.map((r) => toSummary(r, today)), total, page, pageSize };
  },

  getAccount: async ({ params, services, require }) => {
    const user = await require('accounts:view');
    const row = await accountInScope(services, user, params.id);
    return detailOf(services, user, row);
  },

  revealAccount: async ({ params, services, require, req }) => {
    const user = await require('accounts:reveal');
    const row = await accountInScope(services, user, params.id);
    await services.audit.write(user, { action: 'account.reveal', targets: [params.id] }, req.ip);
    return { identityNumber: row.identity_number, phone: row.phone };
  },

  exportAccounts: async ({ query, services, require, refuse, req, reply }) => {
    const user = await require('accounts:export');
    const lang = exportLang(query.lang, req.headers['accept-language']);
    const full = query.numbers === 'full';
    if (full && !can(user.role, 'accounts:reveal')) {
      await services.audit.write(
        user,
        {
          action: 'account.export',
          details: { format: query.format, numbers: 'full', lang },
          outcome: 'refused',
        },
        req.ip,
      );
      throw forbidden('Your role may not see full identity and phone numbers.');
    }
    const reason = (query.fullNumbersReason ?? '').trim();
    if (full && reason.length < EXPORT_REASON_MIN)
      throw invalidField('fullNumbersReason', 'required');

    const today = services.clock.today();
    const params: AccountListParams = query;
    const filter = await accountFilter(services, user, params, refuse);
    const order = accountOrder(query.sort, today, filter);
    const units = await unitIndex(services);
    const total = await countAccounts(services, filter);
    const unitName = (code: string) =>
      code.length === 3 ? units.districts.get(code) : units.communes.get(code)?.name;
    const scopeName = user.scopeDistrictCode
      ? (units.districts.get(user.scopeDistrictCode) ?? user.scopeDistrictCode)
      : units.provinceName;
    const preamble = exportPreamble({
      lang,
      scopeName,
      filter: filter.applied,
      unitName,
      at: services.clock.now(),
      user,
      rows: total,
      numbers: full ? 'full' : 'masked',
      reason: full ? reason : undefined,
    });
    const toRow = (r: AccountRow) =>
      exportRow(
        lang,
        toSummary(r, today),
        {
          commune: units.communes.get(r.commune_code)?.name ?? r.commune_code,
          district: units.districts.get(r.district_code) ?? r.district_code,
        },
        full ? { identityNumber: r.identity_number, phone: r.phone } : undefined,
      );

    const progress = { rows: 0, hash: createHash('sha256') };
    let audited = false;
    const audit = async (complete: boolean) => {
      if (audited) return;
      audited = true;
      await services.audit.write(
        user,
        {
          action: 'account.export',
          details: {
            format: query.format,
            numbers: full ? 'full' : 'masked',
            lang,
            rows: progress.rows,
            filter: filterForAudit(filter.applied),
            idsSha256: progress.hash.digest('hex'),
            ...(full ? { reason } : {}),
            ...(complete ? {} : { complete: false }),
          },
        },
        req.ip,
      );
    };
    // Preamble and headings first, then the accounts batch by batch; the audit entry is written
    // when the last batch has been read (or, if the download stops early, with what was sent).
    async function* batches(): AsyncGenerator<Cell[][]> {
      let complete = false;
      try {
        yield [...preamble, exportHeader(lang)];
        yield* exportBatches(services, filter, order, toRow, progress);
        complete = true;
        await audit(true);
      } finally {
        if (!complete) await audit(false);
      }
    }
    const chunks =
      query.format === 'xlsx'
        ? xlsxChunks(lang === 'en' ? 'Accounts' : 'Tài khoản', batches())
        : csvChunks(batches());
    reply
      .header('Content-Type', query.format === 'xlsx' ? XLSX_MIME : 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="tai-khoan-${today}.${query.format}"`);
    return reply.send(Readable.from(chunks, { objectMode: false })) as never;
  },

  listSavedViews: async ({ services, require }) => {
    const user = await require('accounts:view');
    const rows = await services.db
      .selectFrom('saved_views')
      .select(['id', 'name', 'query', 'created_at'])
      .where('username', '=', user.username)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        query: r.query as Record<string, string>,
        createdAt: r.created_at,
      })),
    };
  },

  saveView: async (ctx) => {
    const { services, require, reply } = ctx;
    const user = await require('accounts:view');
    const { body } = ctx;
    const name = body.name.trim();
    if (!name) throw invalidField('name');
    const view = {
      id: `V${Date.now().toString(36)}${randomBytes(3).toString('hex')}`,
      createdAt: new Date(services.clock.nowMs()).toISOString(),
      name,
      query: body.query,
    };
    await services.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('saved_views')
        .values({
          id: view.id,
          username: user.username,
          name,
          query: JSON.stringify(body.query),
          created_at: view.createdAt,
        })
        .execute();
      // Keep the newest few, as the demo does.
      await trx
        .deleteFrom('saved_views')
        .where('username', '=', user.username)
        .where(
          'id',
          'not in',
          trx
            .selectFrom('saved_views')
            .select('id')
            .where('username', '=', user.username)
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc')
            .limit(SAVED_VIEWS_MAX),
        )
        .execute();
    });
    reply.code(201);
    return view;
  },

  deleteView: async ({ params, services, require }) => {
    const user = await require('accounts:view');
    const deleted = await services.db
      .deleteFrom('saved_views')
      .where('username', '=', user.username)
      .where('id', '=', params.viewId)
      .returning('id')
      .execute();
    if (!deleted.length) throw notFound('View');
    return undefined;
  },
};
