/**
 * Reminders in the demo: single reminders are account events (mocks/db/journal.ts); a bulk job's
 * reminders are kept per job as one list of rows, so that a job reaching 175,000 accounts stores
 * one compact record instead of 175,000 events (and does not rewrite the whole journal for each).
 * Both count for "not twice within 7 days" and both show in an account's history.
 */
import { accountEvents, allAccountEvents, type AccountEvent } from './journal';
import { onReset, persisted } from './storage';

export interface ReminderBatch {
  /** The job's id. */
  id: string;
  day: number;
  at: string;
  username: string;
  channel: 'sms' | 'portal';
  rows: number[];
}

const batches = persisted<ReminderBatch[]>('reminder-batches', () => []);

interface Index {
  events: readonly AccountEvent[];
  batches: readonly ReminderBatch[];
  /** Row → day of its latest reminder. */
  last: Map<number, number>;
  /** Row → the batches that reached it. */
  byRow: Map<number, ReminderBatch[]>;
}
let index: Index | null = null;
onReset(() => {
  batches.drop();
  index = null;
});

function note(ix: Index, batch: ReminderBatch, rows: readonly number[]): void {
  for (const row of rows) {
    const last = ix.last.get(row);
    if (last === undefined || last < batch.day) ix.last.set(row, batch.day);
    const list = ix.byRow.get(row);
    if (list) {
      if (!list.includes(batch)) list.push(batch);
    } else ix.byRow.set(row, [batch]);
  }
}

/** The index, rebuilt when the journal or the batches changed otherwise than through this module. */
function current(): Index {
  const events = allAccountEvents();
  const all = batches.get();
  if (index && index.events === events && index.batches === all) return index;
  const ix: Index = { events, batches: all, last: new Map(), byRow: new Map() };
  for (const e of events) {
    if (e.type !== 'reminder') continue;
    const last = ix.last.get(e.row);
    if (last === undefined || last < e.day) ix.last.set(e.row, e.day);
  }
  for (const b of all) note(ix, b, b.rows);
  index = ix;
  return ix;
}

/** The day of the row's latest reminder (single or bulk), or null. */
export function lastReminderDay(row: number): number | null {
  return current().last.get(row) ?? null;
}

/** A citizen is not reminded twice within this many days (single and bulk reminders alike). */
const REMINDER_INTERVAL_DAYS = 7;

/** The day of a reminder sent less than the interval ago, or null when a new one may go. */
export function recentReminder(row: number, day: number): number | null {
  const last = lastReminderDay(row);
  return last !== null && day - last < REMINDER_INTERVAL_DAYS ? last : null;
}

/**
 * Record reminders a job sent to `rows` (one slice of the job): appended to the job's batch, which
 * is created on its first slice.
 */
export function addBulkReminders(job: Omit<ReminderBatch, 'rows'>, rows: readonly number[]): void {
  if (!rows.length) return;
  const ix = current();
  let batch: ReminderBatch | undefined;
  const next = batches.update((list) => {
    const found = list.find((b) => b.id === job.id);
    batch = found ? { ...found, rows: [...found.rows, ...rows] } : { ...job, rows: [...rows] };
    return found ? list.map((b) => (b.id === job.id ? batch! : b)) : [...list, batch];
  });
  // Keep the index instead of rebuilding it: the byRow lists point at the replaced batch object.
  for (const list of ix.byRow.values()) {
    const k = list.findIndex((b) => b.id === job.id);
    if (k >= 0) list[k] = batch!;
  }
  ix.batches = next;
  note(ix, batch!, rows);
}

/** The bulk reminders that reached a row, as account events (oldest first). */
export function bulkReminderEvents(row: number): AccountEvent[] {
  return (current().byRow.get(row) ?? []).map((b) => ({
    id: `${b.id}-${row}`,
    row,
    at: b.at,
    day: b.day,
    username: b.username,
    type: 'reminder',
    details: { channel: b.channel },
  }));
}

/** Every reminder event of a row: single ones from the journal and bulk ones. */
export function reminderEvents(row: number): AccountEvent[] {
  return [...accountEvents(row).filter((e) => e.type === 'reminder'), ...bulkReminderEvents(row)];
}
