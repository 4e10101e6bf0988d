/**
 * Bulk reminders as jobs (issue 17: no request holds others). `POST /accounts/reminders` records a
 * job (table reminder_jobs) and answers at once; the job then handles its accounts
 * (reminder-job-run.ts) in the background, a batch at a time, each batch in a transaction of its
 * own: on PGlite (one connection) requests queued meanwhile run between two batches; on PostgreSQL
 * they run alongside. Each account follows the rules of a single reminder (unconverted citizens
 * only, an SMS needs a phone, not twice within 7 days); each reminder sent is an account event, and
 * the job's counters and first refusals are updated with the batch that made them. A job whose
 * process stopped is shown as failed (`interrupted`) by whoever reads it next.
 */
import { randomBytes } from 'node:crypto';
import { sql, type SqlBool } from 'kysely';
import { can } from '../../../src/config/permissions';
import type { Services } from '.';
import { countAccounts } from './account-count';
import { accountFilter } from './account-filter';
import { runJob } from './reminder-job-run';
import {
  filterParams,
  REFUSALS_KEPT,
  toJob,
  type BulkReminderJob,
  type Channel,
  type JobRow,
  type Refusal,
} from './reminder-job-rows';
import type { SessionUser } from './users';

/** (Kept here for the modules that import them from this path.) */
export { REMINDER_BATCH } from './reminder-job-run';
export type { BulkReminderJob } from './reminder-job-rows';
export { lastReminderSql, remindedRecently, REMINDER_INTERVAL_DAYS } from './reminders';

/** A running job whose runner has not touched it for this long (PostgreSQL) has stopped. */
const STALE_MS = 60_000;

/** This process: jobs it runs carry its id. */
const RUNNER = `${process.pid}-${randomBytes(4).toString('hex')}`;

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
