import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { isApiError, problemTypes } from '../../src/api/errors';
import { auditEntries } from '../db/journal';

/** The audit log's actions for one username, oldest first. */
const recorded = (username: string) =>
  auditEntries()
    .filter((e) => e.username === username)
    .map((e) => [e.action, e.outcome, e.role])
    .reverse();

async function attempt(username: string, password: string) {
  try {
    return await api.POST('/auth/login', { body: { username, password } });
  } catch (e) {
    if (isApiError(e)) return e;
    throw e;
  }
}

describe('auth handlers', () => {
  it('signs in with the demo password and returns the user with role, unit, scope', async () => {
    const result = await attempt('head.luc-ngan', 'demo');
    expect(isApiError(result)).toBe(false);
    if (isApiError(result)) return;
    expect(result.data).toMatchObject({
      username: 'head.luc-ngan',
      role: 'head',
      scope: { level: 'district', districtCode: '219' },
    });
    const me = await api.GET('/auth/me');
    expect(me.data?.username).toBe('head.luc-ngan');
  });

  it('gives one message for an unknown user and a wrong password', async () => {
    const a = await attempt('nobody', 'demo');
    const b = await attempt('admin.ict', 'wrong');
    expect(isApiError(a) && a.type).toBe(problemTypes.invalidCredentials);
    expect(isApiError(b) && b.type).toBe(problemTypes.invalidCredentials);
    expect(isApiError(a) && a.problem.detail).toBe(isApiError(b) && b.problem.detail);
  });

  it('locks a username for a minute after five failures in a row', async () => {
    for (let i = 0; i < 5; i++) await attempt('officer.center', 'wrong');
    const locked = await attempt('officer.center', 'demo');
    expect(isApiError(locked) && locked.status).toBe(423);
    expect(isApiError(locked) && locked.problem.retryAfterSeconds).toBeGreaterThan(50);
    // Other users are not affected.
    const other = await attempt('officer.vietyen', 'demo');
    expect(isApiError(other)).toBe(false);
    // Each failure, the lock and the attempt while locked are in the audit log, as on the server.
    const failed = ['auth.sign-in.failed', 'refused', null];
    expect(recorded('officer.center')).toEqual([
      failed,
      failed,
      failed,
      failed,
      failed,
      ['auth.lockout', 'refused', null],
      ['auth.sign-in.locked', 'refused', null],
    ]);
    expect(recorded('officer.vietyen').at(-1)).toEqual(['auth.sign-in', 'ok', 'officer']);
  });

  it('records signing out, and ends every session of the user when asked', async () => {
    await attempt('head.ict', 'demo');
    await api.POST('/auth/logout', { body: { everywhere: true } });
    expect(recorded('head.ict').slice(-2)).toEqual([
      ['auth.sign-in', 'ok', 'head'],
      ['auth.sign-out-everywhere', 'ok', 'head'],
    ]);
    expect(auditEntries()[0]?.details).toEqual({ sessions: 1 });
    await expect(api.GET('/auth/me')).rejects.toMatchObject({ status: 401 });
  });

  it('answers 400 with field errors for an empty form', async () => {
    const r = await attempt('', '');
    expect(isApiError(r) && r.status).toBe(400);
    expect(isApiError(r) && r.fieldErrors).toMatchObject({
      username: { code: 'required' },
      password: { code: 'required' },
    });
  });

  it('answers 401 to /auth/me without a session', async () => {
    await api.POST('/auth/logout');
    await expect(api.GET('/units')).rejects.toMatchObject({ status: 401 });
  });
});
