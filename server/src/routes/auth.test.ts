import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app';

let t: TestApp;
let now = Date.now();
beforeAll(async () => {
  t = await startTestApp({ now: () => now });
});
afterAll(() => t.close());

const auditActions = async (username: string) =>
  (
    await t.services.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('username', '=', username)
      .orderBy('id')
      .execute()
  ).map((r) => `${r.action}:${r.outcome}`);

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie, new at each sign-in, stored only as a hash', async () => {
    const res = await t.call('POST', '/auth/login', {
      body: { username: 'head.ict', password: 'demo' },
    });
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    const sid = res.cookies[0]!.value;
    const again = await t.signIn('head.ict');
    expect(again).not.toBe(`sid=${sid}`);
    const stored = await t.services.db.selectFrom('sessions').select('id_hash').execute();
    expect(stored.map((s) => s.id_hash)).not.toContain(sid);
  });

  it('is Secure behind HTTPS', async () => {
    const https = await startTestApp({ env: { ALLOWED_ORIGINS: 'https://dvc.example' } });
    try {
      const res = await https.call('POST', '/auth/login', {
        body: { username: 'head.ict', password: 'demo' },
        headers: { origin: 'https://dvc.example' },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await https.close();
    }
  });

  it('audits failed sign-ins and the lockout, and locks after five failures', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.call('POST', '/auth/login', {
        body: { username: 'officer.center', password: 'wrong' },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.call('POST', '/auth/login', {
      body: { username: 'officer.center', password: 'demo' },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ type: 'urn:problem:locked' });
    const actions = await auditActions('officer.center');
    expect(actions.filter((a) => a === 'auth.sign-in.failed:refused')).toHaveLength(5);
    expect(actions).toContain('auth.lockout:refused');
    expect(actions).toContain('auth.sign-in.locked:refused');
  });

  it('answers malformed input with a 4xx problem, never a 500', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://app.test', 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    const missing = await t.call('POST', '/auth/login', { body: { username: 'x' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: unknown }>().errors).toEqual([
      { field: 'password', code: 'required' },
    ]);
  });

  it('refuses a body over the limit with a 413 problem', async () => {
    const res = await t.call('POST', '/auth/login', {
      body: { username: 'x', password: 'y'.repeat(2_000_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('cross-site requests', () => {
  it('refuses a change from another origin, and a text/plain body, and audits it', async () => {
    const cookie = await t.signIn('officer.vietyen');
    const other = await t.call('POST', '/auth/logout', {
      cookie,
      headers: { origin: 'http://evil.example' },
    });
    expect(other.statusCode).toBe(403);
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(none.statusCode).toBe(403);
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://app.test', 'content-type': 'text/plain' },
      payload: '{"username":"head.ict","password":"demo"}',
    });
    expect(plain.statusCode).toBe(415);
    const refused = await t.services.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'request.refused-origin')
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(2);
    // Still signed in: the forged sign-out did nothing.
    expect((await t.call('GET', '/auth/me', { cookie })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('end after 30 minutes idle and after 12 hours in all', async () => {
    const cookie = await t.signIn('head.luc-ngan');
    now += 29 * 60_000;
    expect((await t.call('GET', '/auth/me', { cookie })).statusCode).toBe(200);
    now += 29 * 60_000;
    expect((await t.call('GET', '/auth/me', { cookie })).statusCode).toBe(200);
    now += 31 * 60_000;
    expect((await t.call('GET', '/auth/me', { cookie })).statusCode).toBe(401);

    const long = await t.signIn('head.luc-ngan');
    // Used every 25 minutes: 11 h 40 min in all, still open…
    for (let i = 0; i < 14; i++) {
      now += 25 * 60_000;
      expect((await t.call('GET', '/auth/me', { cookie: long })).statusCode).toBe(200);
      now += 25 * 60_000;
      await t.call('GET', '/auth/me', { cookie: long });
    }
    // …and closed past 12 hours.
    now += 25 * 60_000;
    expect((await t.call('GET', '/auth/me', { cookie: long })).statusCode).toBe(401);
  });

  it('sign-out ends the session on the server; "everywhere" ends them all', async () => {
    const a = await t.signIn('admin.justice');
    const b = await t.signIn('admin.justice');
    expect((await t.call('POST', '/auth/logout', { cookie: a })).statusCode).toBe(204);
    expect((await t.call('GET', '/auth/me', { cookie: a })).statusCode).toBe(401);
    expect((await t.call('GET', '/auth/me', { cookie: b })).statusCode).toBe(200);
    const c = await t.signIn('admin.justice');
    const out = await t.call('POST', '/auth/logout', { cookie: c, body: { everywhere: true } });
    expect(out.statusCode).toBe(204);
    expect((await t.call('GET', '/auth/me', { cookie: b })).statusCode).toBe(401);
  });

  it('keeps the audit log append-only', async () => {
    await expect(t.services.database.exec('update audit_log set action = $$x$$')).rejects.toThrow(
      /append-only/,
    );
    await expect(t.services.database.exec('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(t.services.database.exec('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('answers every call as the contract says', () => {
    expect(t.mismatches).toEqual([]);
  });
});
