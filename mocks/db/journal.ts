/**
 * What happened in the demo: every action on an account (its history) and every audited event
 * (actions, reveals, refused attempts). Persisted, so it survives a reload until the demo is reset.
 */
import type { Role } from '../../src/config/permissions';
import type { DemoUser } from './demo-users';
import { nowOnDemoDay } from './demo-state';
import { onReset, persisted } from './storage';

export interface AuditEntry {
  id: string;
  at: string;
  username: string;
  /** Null for an entry no signed-in user made (a failed sign-in by any name). */
  role: Role | null;
  unitCode: string | null;
  /** e.g. `account.reminder`, `account.reveal`, `account.create-citizen.refused`, `notice.publish`. */
  action: string;
  /** Account ids, notice ids… that the action touched. */
  targets: string[];
  /** Short structured details (no free text from users beyond what the action needs). */
  details?: Record<string, string | number | boolean | null>;
  outcome: 'ok' | 'refused';
}

const audit = persisted<AuditEntry[]>('audit', () => []);
onReset(() => audit.drop());

let counter = 0;
function newId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}`;
}

export function writeAudit(
  /** The user, or only the name typed at a sign-in that did not succeed. */
  user: DemoUser | { username: string },
  entry: Omit<AuditEntry, 'id' | 'at' | 'username' | 'role' | 'unitCode' | 'outcome'> & {
    outcome?: AuditEntry['outcome'];
  },
): AuditEntry {
  const full: AuditEntry = {
    id: newId('AU'),
    at: nowOnDemoDay(),
    username: user.username,
    role: 'role' in user ? user.role : null,
    unitCode: 'unitCode' in user ? user.unitCode : null,
    outcome: 'ok',
    ...entry,
  };
  audit.update((list) => [full, ...list]);
  return full;
}

/** Newest first. */
export function auditEntries(): readonly AuditEntry[] {
  return audit.get();
}

// ---------------------------------------------------------------- account history

export interface AccountEvent {
  id: string;
  row: number;
  at: string;
  /** Demo day number of the event (for conversion replay). */
  day: number;
  username: string | null;
  /** `converted`, `reminder`, `visit`, `identity-check`, `merged`, `closed`, `reopened`, … */
  type: string;
  details?: Record<string, string | number | boolean | null>;
  /** When set, the event links the account to VNeID on `day` (replayed into the dataset). */
  converts?: boolean;
  /** When set, the event changes the account's lifecycle state (replayed into the dataset). */
  state?: number;
}

const events = persisted<AccountEvent[]>('account-events', () => []);
onReset(() => events.drop());

export function addAccountEvent(
  event: Omit<AccountEvent, 'id' | 'at'> & { at?: string },
): AccountEvent {
  const full: AccountEvent = { id: newId('EV'), at: event.at ?? nowOnDemoDay(), ...event };
  events.update((list) => [...list, full]);
  return full;
}

/** Events recorded in the demo for one account, oldest first. */
export function accountEvents(row: number): AccountEvent[] {
  return events.get().filter((e) => e.row === row);
}

export function allAccountEvents(): readonly AccountEvent[] {
  return events.get();
}
