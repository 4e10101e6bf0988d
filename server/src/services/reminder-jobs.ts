/**
 * Bulk reminders as jobs (issue 17: no request holds others). `POST /accounts/reminders` records a
 * job (table reminder_jobs) and answers at once; the job then handles its accounts here, in the
 * background, a batch at a time, each batch in a transaction of its own: on PGlite (one connection)
 * requests queued meanwhile run between two batches; on PostgreSQL they run alongside. Each
 * account follows the rules of a single reminder (unconverted citizens only, an SMS needs a phone,
 * not twice within 7 days); each reminder sent is an account event, and the job's counters and
 * first refusals are updated with the batch that made them. A job whose process stopped is shown
 * as failed (`interrupted`) by whoever reads it next.
 */
import { randomBytes } from 'node:crypto';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { components } from '../../../src/api/schema';
import { contract } from '../../../contract/openapi';
import { can } from '../../../src/config/permissions';
import { invalid } from '../http/problem';
import type { Services } from '.';
import { accountFilter, countAccounts, statusSql, type AccountListParams } from './accounts';
import { daysBetween } from '../../../src/lib/dates';
import type { SessionUser } from './users';

export type BulkReminderJob = components['schemas']['BulkReminderJob'];
type Refusal = components['schemas']['BulkReminderRefusal'];
type Channel = BulkReminderJob['channel'];

/** Accounts per batch: a batch holds PGlite's one connection for a few tens of milliseconds. */
export const REMINDER_BATCH = 1000;
/** A citizen is not reminded twice within this many days (single and bulk reminders alike). */
export const REMINDER_INTERVAL_DAYS = 7;
/** Refusals a job keeps with their account id (the rest are counted). */
const REFUSALS_KEPT = 200;
/** The audit entry names this many of the accounts handled. */
const TARGETS_KEPT = 50;
/** A running job whose runner has not touched it for this long (PostgreSQL) has stopped. */
const STALE_MS = 60_000;

/** This process: jobs it runs carry its id. */
const RUNNER = `${process.pid}-${randomBytes(4).toString('hex')}`;

/** The day of a reminder event in Vietnam, for `account_events as e`. */
const eventDay = sql<string>`(e.at at time zone 'Asia/Ho_Chi_Minh')::date`;

/** The account's latest reminder day (single or bulk), in SQL over `accounts as a`. */
export const lastReminderSql = sql<string | null>`(select max(${eventDay}) from account_events e
  where e.account_id = a.id and e.type = 'reminder')`;

/** Whether a reminder on `last` forbids another one on `today`. */
export const remindedRecently = (last: string | null, today: string) =>
  last !== null && daysBetween(last, today) < REMINDER_INTERVAL_DAYS;

/** What a job needs to know about its owner to read its filter again in each batch. */
interface JobRow {
  id: string;
  owner: string;
  channel: Channel;
  status: 'running' | 'done' | 'failed';
  failure: 'interrupted' | 'error' | null;
  matched: number;
  processed: number;
  sent: number;
  refused_count: number;
  refused: unknown;
  started_at: string;
  finished_at: string | null;
  runner: string;
  heartbeat_at: string;
}

function toJob(r: JobRow): BulkReminderJob {
  return {
    id: r.id,
    status: r.status,
    channel: r.channel,
    matched: r.matched,
    processed: r.processed,
    sent: r.sent,
    refusedCount: r.refused_count,
    refused: (r.refused as Refusal[]).slice(0, REFUSALS_KEPT),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    failure: r.failure,
  };
}

/** Jobs running in this process, by services (tests run several apps in one process). */
const running = new WeakMap<Services, Map<string, Promise<void>>>();

/** Wait for this process's jobs to end (tests, and a graceful shutdown). */
export async function settleReminderJobs(services: Services): Promise<void> {
  const jobs = running.get(services);
  if (jobs) await Promise.allSettled([...jobs.values()]);
}

export interface StartRequest {
  channel: Channel;
  ids?: string[];
  filter?: Record<string, string>;
}

/**
 * Record a job and start it. The filter is read now (scope: 403, bad values: 400, before any job
 * exists) and counted for `matched`; selected ids outside the scope are refused up front.
 */
export async function startReminderJob(
  services: Services,
  user: SessionUser,
  body: StartRequest,
  refuse: (user: SessionUser, detail?: string) => Promise<never>,
  ip: string,
): Promise<BulkReminderJob> {
  const today = services.clock.today();
  const refused: Refusal[] = [];
  let matched: number;
  let ids: string[] | null = null;
  if (body.ids) {
    const found = await services.db
      .selectFrom('accounts as a')
      .select('a.id')
      .where('a.id', 'in', body.ids.length ? body.ids : [''])
      .where(sql<SqlBool>`a.registered_on <= ${today}::date`)
      .$if(!!user.scopeDistrictCode, (q) =>
        q.where('a.district_code', '=', user.scopeDistrictCode!),
      )
      .execute();
    const ok = new Set(found.map((r) => r.id));
    ids = [...new Set(body.ids)].filter((id) => ok.has(id));
    for (const id of body.ids) if (!ok.has(id)) refused.push({ id, reason: 'out_of_scope' });
    matched = body.ids.length;
  } else {
    const filter = await accountFilter(services, user, filterParams(body.filter ?? {}), refuse);
    matched = await countAccounts(services, filter);
  }
  const now = services.clock.now();
  const id = `RJ${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
  const row = await services.db
    .insertInto('reminder_jobs')
    .values({
      id,
      owner: user.username,
      channel: body.channel,
      ids,
      filter: body.ids ? null : JSON.stringify(body.filter ?? {}),
      business_day: today,
      matched,
      processed: refused.length,
      refused_count: refused.length,
      refused: JSON.stringify(refused.slice(0, REFUSALS_KEPT)),
      started_at: now,
      runner: RUNNER,
      heartbeat_at: new Date(services.clock.nowMs()).toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  let jobs = running.get(services);
  if (!jobs) {
    jobs = new Map<string, Promise<void>>();
    running.set(services, jobs);
  }
  // Background work: on PGlite, requests' queries go before the job's batches.
  const done = services.database
    .background(() => runJob(services, user, id, ip))
    .finally(() => jobs.delete(id));
  jobs.set(id, done);
  return toJob(row);
}

/**
 * The list's filters from a bulk request's `filter`: the strings of the list's query, validated
 * as GET /accounts validates its query (400 naming the field); paging is ignored.
 */
function filterParams(filter: Record<string, string>): AccountListParams {
  const { page: _page, pageSize: _size, ...rest } = filter;
  const list = contract().find('get', '/accounts')!;
  const checked = contract().validateRequest(list, {
    params: {},
    query: rest,
    body: undefined,
    mediaType: '',
  });
  if (!checked.ok) throw invalid(checked.errors.map(({ field, code }) => ({ field, code })));
  return checked.value.query;
}

/** The job for its owner or a system admin; null otherwise (the caller answers 404). */
export async function readReminderJob(
  services: Services,
  user: SessionUser,
  id: string,
): Promise<BulkReminderJob | null> {
  const row = (await services.db
    .selectFrom('reminder_jobs')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) as JobRow | undefined;
  if (!row) return null;
  if (row.owner !== user.username && !can(user.role, 'accounts:clean')) return null;
  if (row.status === 'running' && stopped(services, row)) {
    const failed = (await services.db
      .updateTable('reminder_jobs')
      .set({
        status: 'failed',
        failure: 'interrupted',
        finished_at: services.clock.now(),
      })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .returningAll()
      .executeTakeFirst()) as JobRow | undefined;
    if (failed) {
      await services.audit.write(
        { username: failed.owner },
        {
          action: 'account.reminder',
          details: {
            bulk: true,
            job: failed.id,
            matched: failed.matched,
            sent: failed.sent,
            refused: failed.refused_count,
            channel: failed.channel,
            failure: 'interrupted',
          },
          outcome: 'ok',
        },
      );
      return toJob(failed);
    }
    return readReminderJob(services, user, id);
  }
  return toJob(row);
}

/**
 * Whether a running job's process is gone: another process's job on PGlite (one process owns a
 * PGlite database, so its jobs died with the previous one), or one not touched for a minute.
 */
function stopped(services: Services, row: JobRow): boolean {
  if (row.runner === RUNNER) return false;
  if (services.database.kind === 'pglite') return true;
  return services.clock.nowMs() - Date.parse(row.heartbeat_at) > STALE_MS;
}

/** Handle a job's accounts, batch by batch, until none are left; then close it and audit it. */
async function runJob(services: Services, user: SessionUser, id: string, ip: string) {
  const db = services.db;
  try {
    const job = await db
      .selectFrom('reminder_jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const today = job.business_day;
    const where: RawBuilder<SqlBool> = job.ids
      ? sql<SqlBool>`a.id = any(${job.ids}::text[])`
      : (
          await accountFilter(
            services,
            user,
            filterParams((job.filter ?? {}) as Record<string, string>),
            () => Promise.reject(new Error('scope')),
          )
        ).where;
    let refusedKept = (job.refused as Refusal[]).length;
    let firstIds = 0;
    let last = '';
    for (;;) {
      const more = await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('accounts as a')
          .select([
            'a.id',
            'a.phone',
            statusSql(today).as('status'),
            lastReminderSql.as('last_reminder'),
          ])
          .where(where)
          .where('a.id', '>', last)
          .orderBy('a.id')
          .limit(REMINDER_BATCH)
          .forUpdate('a')
          .execute();
        if (!rows.length) return false;
        const send: string[] = [];
        const refusals: Refusal[] = [];
        let refusedHere = 0;
        const refuse = (rid: string, reason: Refusal['reason']) => {
          refusedHere++;
          if (refusedKept + refusals.length < REFUSALS_KEPT) refusals.push({ id: rid, reason });
        };
        for (const r of rows) {
          if (r.status !== 'unconverted') refuse(r.id, 'not_unconverted');
          else if (job.channel === 'sms' && !r.phone) refuse(r.id, 'no_phone');
          else if (remindedRecently(r.last_reminder, today)) refuse(r.id, 'recently_reminded');
          else send.push(r.id);
        }
        const at = services.clock.now();
        if (send.length) {
          await sql`insert into account_events (account_id, at, type, username, details)
            select x, ${at}::timestamptz, 'reminder', ${user.username},
                   ${JSON.stringify({ channel: job.channel })}::jsonb
            from unnest(${send}::text[]) as x`.execute(trx);
        }
        const targets = rows.slice(0, Math.max(0, TARGETS_KEPT - firstIds)).map((r) => r.id);
        await trx
          .updateTable('reminder_jobs')
          .set({
            processed: sql`processed + ${rows.length}`,
            sent: sql`sent + ${send.length}`,
            refused_count: sql`refused_count + ${refusedHere}`,
            refused: sql`refused || ${JSON.stringify(refusals)}::jsonb`,
            first_ids: sql`first_ids || ${targets}::text[]`,
            heartbeat_at: new Date(services.clock.nowMs()).toISOString(),
          })
          .where('id', '=', id)
          .execute();
        refusedKept += refusals.length;
        firstIds += targets.length;
        last = rows.at(-1)!.id;
        return rows.length === REMINDER_BATCH;
      });
      if (!more) break;
    }
    const done = (await db
      .updateTable('reminder_jobs')
      .set({ status: 'done', finished_at: services.clock.now() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as JobRow & { first_ids: string[] };
    await auditJob(services, user, done, ip);
  } catch (error) {
    await failJob(services, user, id, ip).catch(() => undefined);
    if (services.config.LOG_LEVEL !== 'silent') console.error(`reminder job ${id}`, error);
  }
}

async function auditJob(
  services: Services,
  user: SessionUser,
  job: JobRow & { first_ids: string[] },
  ip: string,
  failure?: 'error',
) {
  await services.audit.write(
    user,
    {
      action: 'account.reminder',
      targets: job.first_ids.slice(0, TARGETS_KEPT),
      details: {
        bulk: true,
        job: job.id,
        matched: job.matched,
        sent: job.sent,
        refused: job.refused_count,
        channel: job.channel,
        ...(failure ? { failure } : {}),
      },
    },
    ip,
  );
}

async function failJob(services: Services, user: SessionUser, id: string, ip: string) {
  const failed = (await services.db
    .updateTable('reminder_jobs')
    .set({ status: 'failed', failure: 'error', finished_at: services.clock.now() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .returningAll()
    .executeTakeFirst()) as (JobRow & { first_ids: string[] }) | undefined;
  if (failed) await auditJob(services, user, failed, ip, 'error');
}
