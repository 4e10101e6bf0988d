/**
 * A bulk reminder job at work, in the background: its accounts a batch at a time, each batch in a
 * transaction of its own, each account by the rules of a single reminder; then the job is closed
 * and audited (or failed and audited, on an error).
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Services } from '.';
import { accountFilter } from './account-filter';
import { statusSql } from './account-status';
import {
  filterParams,
  REFUSALS_KEPT,
  TARGETS_KEPT,
  type JobRow,
  type Refusal,
} from './reminder-job-rows';
import { lastReminderSql, remindedRecently } from './reminders';
import type { SessionUser } from './users';

/** Accounts per batch: a batch holds PGlite's one connection for a few tens of milliseconds. */
export const REMINDER_BATCH = 1000;

/** Handle a job's accounts, batch by batch, until none are left; then close it and audit it. */
export async function runJob(services: Services, user: SessionUser, id: string, ip: string) {
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
