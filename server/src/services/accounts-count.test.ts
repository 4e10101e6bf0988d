/**
 * The list's total from the per-day aggregates (countAccounts) against counting the matching rows,
 * for every filter the aggregates may answer, after changes the aggregates must follow: a closed
 * account, a conversion, a move to another commune, a report made at the desk today and one
 * withdrawn.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../../src/api/schema';
import { startTestApp, type TestApp } from '../../test/app';
import { accountFilter, countAccounts, type AccountListParams } from './accounts';

type Status = components['schemas']['AccountStatus'];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const refuse = () => Promise.reject(new Error('refused'));

async function both(username: string, params: AccountListParams) {
  const user = (await t.services.users.activeUser(username))!;
  const filter = await accountFilter(t.services, user, params, refuse);
  const { n } = await t.services.db
    .selectFrom('accounts as a')
    .select(sql<number>`count(*)`.as('n'))
    .where(filter.where)
    .executeTakeFirstOrThrow();
  return { fromAggregates: await countAccounts(t.services, filter), counted: Number(n) };
}

const STATUSES: (Status | undefined)[] = [
  undefined,
  'converted',
  'unconverted',
  'awaiting_guidance',
  'reported_at_desk',
  'closed',
];
const CASES: AccountListParams[] = [
  {},
  { district: '219' },
  { commune: '07201' },
  { kind: 'citizen' },
  { kind: 'organisation', district: '213' },
  { reason: 'cmnd_only' },
  { reason: 'verified_not_linked', district: '222' },
];

async function expectSame() {
  for (const username of ['officer.center', 'officer.vietyen']) {
    for (const base of CASES) {
      for (const status of STATUSES) {
        if (username === 'officer.vietyen' && base.district && base.district !== '222') continue;
        if (username === 'officer.vietyen' && base.commune) continue;
        const params = { ...base, ...(status ? { status } : {}) };
        const r = await both(username, params);
        expect({ username, params, total: r.fromAggregates }).toEqual({
          username,
          params,
          total: r.counted,
        });
      }
    }
  }
}

describe('the list total from the aggregates', () => {
  it('equals the rows counted, on the seeded data', async () => {
    const r = await both('officer.center', { status: 'unconverted', kind: 'citizen' });
    expect(r.counted).toBeGreaterThan(100_000);
    await expectSame();
  });

  it('still does after accounts change', async () => {
    const pick = (where: string) =>
      t.services.database.query<{ id: string }>(
        `select id from accounts where ${where} order by id limit 3`,
      );
    const unconverted = await pick(
      `state = 'active' and kind = 'citizen' and converted_on is null and district_code = '222'`,
    );
    const [a, b, c] = unconverted.map((r) => r.id);
    await t.services.database.query(`update accounts set state = 'closed' where id = $1`, [a]);
    await t.services.database.query(
      `update accounts set converted_on = '2024-06-19' where id = $1`,
      [b],
    );
    await t.services.database.query(
      `update accounts set commune_code = '07201', district_code = u.district_code
       from units u where u.code = '07201' and accounts.id = $1`,
      [c],
    );
    const reported = await pick(
      `state = 'active' and kind = 'citizen' and converted_on is null and district_code = '219'`,
    );
    for (const [i, { id }] of reported.entries()) {
      await t.services.database.query(
        `insert into desk_reports (id, account_id, reported_on, reported_at, reported_by,
           sync_confirms, withdrawn_on)
         values ($1, $2, '2024-06-20', now(), 'officer.center', false, $3)`,
        [`DRcount${i}`, id, i === 2 ? '2024-06-20' : null],
      );
    }
    await expectSame();
  });

  it('counts the rows themselves for a search, a source or dates', async () => {
    for (const params of [
      { q: 'nguyen', status: 'unconverted' as const },
      { source: 'desk' as const },
      { regFrom: '2024-01-01', status: 'converted' as const },
      { seenBefore: '2024-01-01' },
    ]) {
      const r = await both('officer.center', params);
      expect(r.fromAggregates).toBe(r.counted);
    }
  });
});
