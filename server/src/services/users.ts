/**
 * Users, passwords, sessions and sign-in throttling, all in the database (so that they survive a
 * restart and hold across API instances).
 *
 * - Passwords: argon2id (@node-rs/argon2, OWASP's parameters).
 * - Sessions: a random 256-bit id in an HttpOnly cookie, stored only as its SHA-256; a new id at
 *   each sign-in; ended after SESSION_IDLE_MINUTES without a request or SESSION_MAX_HOURS in all.
 * - Throttling: 5 failed sign-ins lock the username for 60 s (as the demo backend does).
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sql, type Kysely } from 'kysely';
import type { components } from '../../../src/api/schema';
import { permissionsOf, type Role } from '../../../src/config/permissions';
import type { DB } from '../db/schema';
import type { Clock } from './clock';

type ApiUser = components['schemas']['User'];

/** The signed-in user as the handlers see it (the demo backend's DemoUser has the same shape). */
export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  unitName: string;
  scopeDistrictCode: string | null;
}

export const MAX_FAILURES = 5;
export const LOCK_SECONDS = 60;

/** Argon2id with OWASP's minimum: 19 MiB, 2 passes, 1 lane. */
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

/** A hash to verify against when the user does not exist, so that both cases take as long. */
let dummyHash: Promise<string> | null = null;

export const sessionHash = (sid: string) => createHash('sha256').update(sid).digest('hex');

export interface UserOptions {
  idleMinutes: number;
  maxHours: number;
}

export function createUsers(db: Kysely<DB>, clock: Clock, options: UserOptions) {
  const userColumns = [
    'users.username',
    'users.display_name',
    'users.role',
    'users.unit_code',
    'users.scope_district_code',
    'units.name as unit_name',
  ] as const;

  const toSessionUser = (r: {
    username: string;
    display_name: string;
    role: Role;
    unit_code: string;
    scope_district_code: string | null;
    unit_name: string;
  }): SessionUser => ({
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    scopeDistrictCode: r.scope_district_code,
  });

  return {
    /** Seconds left on a lock, or 0. */
    async lockedFor(username: string): Promise<number> {
      const row = await db
        .selectFrom('sign_in_failures')
        .select('locked_until')
        .where('username', '=', username)
        .executeTakeFirst();
      if (!row?.locked_until) return 0;
      const left = Date.parse(row.locked_until) - clock.nowMs();
      return left > 0 ? Math.ceil(left / 1000) : 0;
    },

    /** Count a failure; returns true when this failure locked the username. */
    async recordFailure(username: string): Promise<boolean> {
      const now = new Date(clock.nowMs()).toISOString();
      const lockUntil = new Date(clock.nowMs() + LOCK_SECONDS * 1000).toISOString();
      // One statement: concurrent failures from several instances all count. A lock that has run
      // out starts the count again.
      const row = await sql<{ failures: number; locked_until: string | null }>`
        insert into sign_in_failures as f (username, failures, last_failed_at, locked_until)
        values (${username}, 1, ${now}, null)
        on conflict (username) do update set
          failures = case when f.locked_until is not null and f.locked_until <= ${now}::timestamptz
                          then 1 else f.failures + 1 end,
          last_failed_at = excluded.last_failed_at,
          locked_until = case
            when (case when f.locked_until is not null and f.locked_until <= ${now}::timestamptz
                       then 1 else f.failures + 1 end) >= ${MAX_FAILURES}
            then ${lockUntil}::timestamptz else null end
        returning failures, locked_until`.execute(db);
      const r = row.rows[0];
      return Boolean(r?.locked_until) && r?.failures === MAX_FAILURES;
    },

    async clearFailures(username: string): Promise<void> {
      await db.deleteFrom('sign_in_failures').where('username', '=', username).execute();
    },

    /** The user if the password is right (and the account is not disabled), else null. */
    async verifyPassword(username: string, password: string): Promise<SessionUser | null> {
      const row = await db
        .selectFrom('users')
        .innerJoin('units', 'units.code', 'users.unit_code')
        .select([...userColumns, 'users.password_hash', 'users.disabled'])
        .where('users.username', '=', username)
        .executeTakeFirst();
      if (!row || row.disabled) {
        dummyHash ??= hashPassword('not a password');
        await verify(await dummyHash, password).catch(() => false);
        return null;
      }
      const ok = await verify(row.password_hash, password).catch(() => false);
      return ok ? toSessionUser(row) : null;
    },

    /** An enabled user by name, as a session would carry them (for the command line). */
    async activeUser(username: string): Promise<SessionUser | null> {
      const row = await db
        .selectFrom('users')
        .innerJoin('units', 'units.code', 'users.unit_code')
        .select([...userColumns, 'users.disabled'])
        .where('users.username', '=', username)
        .executeTakeFirst();
      return row && !row.disabled ? toSessionUser(row) : null;
    },

    /** A new session; returns its id (for the cookie only: the database keeps its hash). */
    async createSession(username: string): Promise<string> {
      const sid = randomBytes(32).toString('base64url');
      const now = new Date(clock.nowMs()).toISOString();
      await db
        .insertInto('sessions')
        .values({ id_hash: sessionHash(sid), username, created_at: now, last_seen_at: now })
        .execute();
      return sid;
    },

    /** The user of a live session, touching it; null when absent, expired or the user disabled. */
    async sessionUser(sid: string | undefined): Promise<SessionUser | null> {
      if (!sid || sid.length > 100) return null;
      const idHash = sessionHash(sid);
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.username', 'sessions.username')
        .innerJoin('units', 'units.code', 'users.unit_code')
        .select([...userColumns, 'sessions.created_at', 'sessions.last_seen_at', 'users.disabled'])
        .where('sessions.id_hash', '=', idHash)
        .executeTakeFirst();
      if (!row) return null;
      const now = clock.nowMs();
      const idle = now - Date.parse(row.last_seen_at) > options.idleMinutes * 60_000;
      const old = now - Date.parse(row.created_at) > options.maxHours * 3_600_000;
      if (idle || old || row.disabled) {
        await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
        return null;
      }
      // Touch at most once a minute: a page's burst of calls writes once.
      if (now - Date.parse(row.last_seen_at) > 60_000) {
        await db
          .updateTable('sessions')
          .set({ last_seen_at: new Date(now).toISOString() })
          .where('id_hash', '=', idHash)
          .execute();
      }
      return toSessionUser(row);
    },

    async endSession(sid: string | undefined): Promise<void> {
      if (!sid) return;
      await db.deleteFrom('sessions').where('id_hash', '=', sessionHash(sid)).execute();
    },

    /** End every session of a user (sign out everywhere); returns how many ended. */
    async endAllSessions(username: string): Promise<number> {
      const r = await db.deleteFrom('sessions').where('username', '=', username).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    /** The user as the API returns it. */
    async toApiUser(u: SessionUser): Promise<ApiUser> {
      const unit = await db
        .selectFrom('units')
        .select(['code', 'name', 'level'])
        .where('code', '=', u.unitCode)
        .executeTakeFirstOrThrow();
      return {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        unit: {
          code: unit.code,
          name: unit.name,
          level: unit.level === 'organisation' ? 'organisation' : 'district',
        },
        scope: u.scopeDistrictCode
          ? { level: 'district', districtCode: u.scopeDistrictCode }
          : { level: 'province' },
        permissions: permissionsOf(u.role),
      };
    },
  };
}

export type Users = ReturnType<typeof createUsers>;
