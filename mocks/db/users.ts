import type { components } from '../../src/api/schema';
import { permissionsOf } from '../../src/config/permissions';
import { DEMO_PASSWORD, demoUsers, type DemoUser } from './demo-users';
import { onReset, persisted } from './storage';
import { districtOf, organisationOf } from './units';

type User = components['schemas']['User'];

export function findDemoUser(username: string): DemoUser | undefined {
  return demoUsers.find((u) => u.username === username);
}

export function checkPassword(user: DemoUser, password: string): boolean {
  return password === DEMO_PASSWORD;
}

/** The user as the API returns it. */
export function toApiUser(u: DemoUser): User {
  const org = organisationOf(u.unitCode);
  const district = districtOf(u.unitCode);
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unit: org
      ? { code: org.code, name: org.name, level: 'organisation' }
      : { code: u.unitCode, name: district?.name ?? u.unitName, level: 'district' },
    scope: u.scopeDistrictCode
      ? { level: 'district', districtCode: u.scopeDistrictCode }
      : { level: 'province' },
    permissions: permissionsOf(u.role),
  };
}

// ---------------------------------------------------------------- sessions

interface Session {
  username: string;
  createdAt: string;
}

const sessions = persisted<Record<string, Session>>('sessions', () => ({}), { keepOnReset: true });
// Re-read after any reset (tests clear everything, sessions included).
onReset(() => sessions.drop());

export function createSession(username: string): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  const sid = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  sessions.update((s) => ({ ...s, [sid]: { username, createdAt: new Date().toISOString() } }));
  return sid;
}

export function sessionUser(sid: string | undefined): DemoUser | undefined {
  if (!sid) return undefined;
  const s = sessions.get()[sid];
  return s ? findDemoUser(s.username) : undefined;
}

export function endSession(sid: string | undefined): void {
  if (!sid) return;
  sessions.update((s) => {
    const next = { ...s };
    delete next[sid];
    return next;
  });
}

/** The "expired session" scenario: every session ends at once. */
export function endAllSessions(): void {
  sessions.set({});
}

// ---------------------------------------------------------------- failed sign-ins

const MAX_FAILURES = 5;
const LOCK_MS = 60_000;
const failures = new Map<string, { count: number; lockedUntil: number }>();
onReset(() => failures.clear());

/** Seconds left on a lock, or 0. */
export function lockedFor(username: string, now = Date.now()): number {
  const f = failures.get(username);
  if (!f || f.lockedUntil <= now) return 0;
  return Math.ceil((f.lockedUntil - now) / 1000);
}

/** Count a failed sign-in; true when it locks the name (as the server's recordFailure). */
export function recordFailure(username: string, now = Date.now()): boolean {
  const f = failures.get(username) ?? { count: 0, lockedUntil: 0 };
  if (f.lockedUntil && f.lockedUntil <= now) f.count = 0;
  f.count += 1;
  const locks = f.count === MAX_FAILURES;
  if (f.count >= MAX_FAILURES) f.lockedUntil = now + LOCK_MS;
  failures.set(username, f);
  return locks;
}

/** End every session of one user ("sign out everywhere"); how many there were. */
export function endSessionsOf(username: string): number {
  let ended = 0;
  sessions.update((s) => {
    const next: typeof s = {};
    for (const [sid, session] of Object.entries(s)) {
      if (session.username === username) ended += 1;
      else next[sid] = session;
    }
    return next;
  });
  return ended;
}

export function clearFailures(username: string): void {
  failures.delete(username);
}
