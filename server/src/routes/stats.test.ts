/**
 * The server's figures equal the demo backend's on the same seeded data, for every role and scope,
 * and follow the accounts' writes (the aggregates are kept by a trigger, not rebuilt).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBackend, serverBackend, type Backend } from '../../../contract/backends';

let demo: Backend;
let server: Awaited<ReturnType<typeof serverBackend>>;
beforeAll(async () => {
  demo = demoBackend();
  server = await serverBackend();
});
afterAll(async () => {
  await demo?.close();
  await server?.close();
});

const users = ['officer.center', 'officer.vietyen', 'head.ict', 'head.luc-ngan', 'admin.justice'];
const queries = [
  '',
  '?district=219',
  '?district=222',
  '?commune=07201',
  '?district=213&commune=07201',
  '?district=219&commune=07201',
  '?commune=99999',
];

async function both(username: string, path: string) {
  const [a, b] = [await demo.signIn(username), await server.signIn(username)];
  const [da, sa] = await Promise.all([
    demo.call('GET', path, { cookie: a }),
    server.call('GET', path, { cookie: b }),
  ]);
  return { demo: da, server: sa };
}

describe('statistics: the server answers as the demo backend', () => {
  for (const op of ['/stats/summary', '/stats/by-unit', '/stats/series']) {
    it(`${op} for every role and scope`, async () => {
      for (const username of users) {
        for (const q of queries) {
          if (op === '/stats/by-unit' && q.includes('commune')) continue;
          const { demo: d, server: s } = await both(username, `${op}${q}`);
          expect(s.status, `${username} ${op}${q}`).toBe(d.status);
          if (d.status === 200) expect(s.json, `${username} ${op}${q}`).toEqual(d.json);
          else expect(s.json).toMatchObject({ type: (d.json as { type: string }).type });
          expect(s.mismatches).toEqual([]);
        }
      }
    });
  }
});

describe('statistics follow the writes', () => {
  it('an account closed or converted moves the figures at once', async () => {
    const cookie = await server.signIn('head.ict');
    const before = (await server.call('GET', '/stats/summary?district=219', { cookie })).json as {
      citizens: { total: number; converted: number };
    };
    const db = server.app.services.db;
    const [a, b] = await db
      .selectFrom('accounts')
      .select('id')
      .where('district_code', '=', '219')
      .where('kind', '=', 'citizen')
      .where('converted_on', 'is', null)
      .where('state', '=', 'active')
      .where('registered_on', '<=', '2024-06-20')
      .orderBy('id')
      .limit(2)
      .execute();
    await db
      .updateTable('accounts')
      .set({ converted_on: '2024-06-20' })
      .where('id', '=', a!.id)
      .execute();
    await db.updateTable('accounts').set({ state: 'closed' }).where('id', '=', b!.id).execute();
    const after = (await server.call('GET', '/stats/summary?district=219', { cookie })).json as {
      citizens: { total: number; converted: number; convertedToday: number };
    };
    expect(after.citizens.total).toBe(before.citizens.total - 1);
    expect(after.citizens.converted).toBe(before.citizens.converted + 1);
  });
});
