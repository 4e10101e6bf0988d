/**
 * The audit log: append-only (the migration forbids UPDATE, DELETE and TRUNCATE on it). Who did
 * what, to which records, with short structured details; refused attempts too.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from './clock';
import type { SessionUser } from './users';

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditInput {
  action: string;
  targets?: string[];
  details?: AuditDetails;
  outcome?: 'ok' | 'refused';
}

export interface Audit {
  /** Record an action by a signed-in user (or, for failed sign-ins, the name tried). */
  write(
    who: SessionUser | { username: string; role?: null; unitCode?: null },
    entry: AuditInput,
    ip?: string,
  ): Promise<void>;
}

export function createAudit(db: Kysely<DB>, clock: Clock): Audit {
  return {
    async write(who, entry, ip) {
      await db
        .insertInto('audit_log')
        .values({
          at: clock.now(),
          username: who.username,
          role: 'role' in who ? (who.role ?? null) : null,
          unit_code: 'unitCode' in who ? (who.unitCode ?? null) : null,
          action: entry.action,
          targets: entry.targets ?? [],
          details: JSON.stringify(entry.details ?? {}),
          outcome: entry.outcome ?? 'ok',
          ip: ip ?? null,
        })
        .execute();
    },
  };
}
