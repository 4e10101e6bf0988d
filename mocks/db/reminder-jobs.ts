/**
 * Bulk reminder jobs in the demo: the accounts chosen (by id or by the list's filter) each get a
 * reminder on the rules of a single one, in slices, so that the demo's backend answers other calls
 * meanwhile. A job is kept in the backend's memory (a reload of the demo's worker forgets it).
 */
import type { components } from '../../src/api/schema';
import { can } from '../../src/config/permissions';
import type { DemoUser } from './demo-users';
import { numbersOf } from './account-detail';
import { accountIdOf, statusOf } from './accounts-query';
import { rowOfId, type Dataset } from './dataset';
import { nowOnDemoDay } from './demo-state';
import { writeAudit } from './journal';
import { addBulkReminders, recentReminder } from './reminders';
import { onReset } from './storage';
import { communes } from './units';

type BulkReminderJob = components['schemas']['BulkReminderJob'];
export type ReminderRefusal = components['schemas']['BulkReminderRefusal'];

interface DemoReminderJob extends BulkReminderJob {
  owner: string;
  rows: number[];
  next: number;
}
const reminderJobs = new Map<string, DemoReminderJob>();
onReset(() => reminderJobs.clear());
let jobCounter = 0;

/** Accounts handled per slice; the demo's backend answers other calls between slices. */
export const REMINDER_SLICE = 5000;
/** Refusals a job keeps with their account id (the rest are counted). */
const REFUSALS_KEPT = 200;

/** A job as the API answers it. */
export function jobAnswer(job: DemoReminderJob): BulkReminderJob {
  const { owner: _owner, rows: _rows, next: _next, ...answer } = job;
  return { ...answer, refused: [...answer.refused] };
}

/** A job the user may follow (their own, or any for a system admin), or undefined. */
export function reminderJobFor(user: DemoUser, jobId: string): DemoReminderJob | undefined {
  const job = reminderJobs.get(jobId);
  if (!job || (job.owner !== user.username && !can(user.role, 'accounts:clean'))) return undefined;
  return job;
}

/** Accounts named by id: the rows in the user's scope, and the others refused as out of scope. */
export function rowsOfIds(
  ds: Dataset,
  user: DemoUser,
  ids: readonly string[],
): { rows: number[]; refused: ReminderRefusal[] } {
  const rows: number[] = [];
  const refused: ReminderRefusal[] = [];
  for (const id of ids) {
    const row = rowOfId(id);
    const district =
      row === undefined || row >= ds.size ? null : communes[ds.commune[row]!]!.districtCode;
    if (
      row === undefined ||
      !district ||
      (user.scopeDistrictCode && user.scopeDistrictCode !== district)
    ) {
      refused.push({ id, reason: 'out_of_scope' });
    } else rows.push(row);
  }
  return { rows, refused };
}

/** Handle one slice of a job's accounts: each on the rules of a single reminder. */
function runReminderSlice(ds: Dataset, user: DemoUser, job: DemoReminderJob, day: number): void {
  const sentRows: number[] = [];
  const end = Math.min(job.rows.length, job.next + REMINDER_SLICE);
  const refuse = (row: number, reason: ReminderRefusal['reason']) => {
    job.refusedCount++;
    if (job.refused.length < REFUSALS_KEPT) job.refused.push({ id: accountIdOf(ds, row), reason });
  };
  for (let k = job.next; k < end; k++) {
    const row = job.rows[k]!;
    if (statusOf(ds, row, day) !== 'unconverted') refuse(row, 'not_unconverted');
    else if (job.channel === 'sms' && !numbersOf(ds, row).phone) refuse(row, 'no_phone');
    else if (recentReminder(row, day) !== null) refuse(row, 'recently_reminded');
    else sentRows.push(row);
  }
  addBulkReminders(
    { id: job.id, day, at: nowOnDemoDay(), username: user.username, channel: job.channel },
    sentRows,
  );
  job.sent += sentRows.length;
  job.next = end;
  job.processed = job.sent + job.refusedCount;
  if (end < job.rows.length) return;
  job.status = 'done';
  job.finishedAt = nowOnDemoDay();
  writeAudit(user, {
    action: 'account.reminder',
    targets: job.rows.slice(0, 50).map((r) => accountIdOf(ds, r)),
    details: {
      bulk: true,
      job: job.id,
      matched: job.matched,
      sent: job.sent,
      refused: job.refusedCount,
      channel: job.channel,
    },
  });
}

/**
 * Start a bulk reminder job: refusals known up front (ids out of scope) are counted at once; the
 * accounts are handled in slices, each after a pause so that the demo's backend answers other
 * calls (the list, the job's progress) meanwhile.
 */
export function startReminderJob(
  ds: Dataset,
  user: DemoUser,
  channel: 'sms' | 'portal',
  rows: number[],
  refused: ReminderRefusal[],
  day: number,
): DemoReminderJob {
  jobCounter += 1;
  const job: DemoReminderJob = {
    id: `RJ${Date.now().toString(36)}${jobCounter.toString(36)}`,
    status: 'running',
    channel,
    matched: rows.length + refused.length,
    processed: refused.length,
    sent: 0,
    refusedCount: refused.length,
    refused: refused.slice(0, REFUSALS_KEPT),
    startedAt: nowOnDemoDay(),
    finishedAt: null,
    failure: null,
    owner: user.username,
    rows,
    next: 0,
  };
  reminderJobs.set(job.id, job);
  const step = () => {
    if (reminderJobs.get(job.id) !== job) return; // the demo was reset
    try {
      runReminderSlice(ds, user, job, day);
    } catch {
      job.status = 'failed';
      job.failure = 'error';
      job.finishedAt = nowOnDemoDay();
    }
    if (job.status === 'running') setTimeout(step, 0);
  };
  setTimeout(step, 0);
  return job;
}
