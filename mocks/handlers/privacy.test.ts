/**
 * Privacy of account data, tried as each demo user would (issue 18): a masked number cannot be
 * recovered through the search, and no operation returns an account outside the user's scope.
 * Only HTTP calls through the API client: the same requests run against any backend.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { can } from '../../src/config/permissions';
import { demoUsers } from '../db/demo-users';
import { dataset } from '../db';
import { communeOfRow, duplicatesOf, rowOfAccountId } from '../db/accounts-query';
import { STATE_ACTIVE, accountId, identityNumber, phoneNumber, rowOfId } from '../db/dataset';
import { dayOf } from '../db/days';
import { communes } from '../db/units';

type Query = Record<string, string | number>;

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}
const list = async (query: Query) => (await api.GET('/accounts', { params: { query } })).data!;

beforeAll(async () => {
  await dataset();
}, 60_000);

describe('a masked number cannot be recovered through the search', () => {
  const viewers = demoUsers.filter((u) => can(u.role, 'accounts:view'));

  it.each(viewers.map((u) => [u.username, u] as const))(
    'as %s: no part of a number finds its account, only the whole number or the last 4 digits',
    async (_name, user) => {
      await signIn(user.username);
      // A citizen account with a 12-digit identity number and a phone, in the user's scope.
      const candidates = await list({
        kind: 'citizen',
        reason: 'verified_not_linked',
        pageSize: 50,
      });
      const ds = await dataset();
      const target = candidates.items.find((a) => {
        const row = rowOfId(a.id)!;
        return identityNumber(ds, row)?.length === 12 && phoneNumber(ds, row) !== null;
      })!;
      expect(target).toBeDefined();
      const row = rowOfId(target.id)!;
      // What the attacker narrows the list with, so that one account is left to probe.
      const narrow = {
        commune: target.communeCode,
        regFrom: target.registeredOn,
        regTo: target.registeredOn,
        pageSize: 100,
      };
      const finds = async (q: string) =>
        (await list({ ...narrow, q })).items.some((a) => a.id === target.id);

      for (const number of [identityNumber(ds, row)!, phoneNumber(ds, row)!]) {
        // Digit by digit from the start (what the mask shows is the first 3): every prefix but the
        // whole number, and every run inside it that is not the visible last 4.
        const probes = new Set<string>();
        for (let len = 3; len < number.length; len++) probes.add(number.slice(0, len));
        for (let len = 5; len < number.length; len++) probes.add(number.slice(number.length - len));
        probes.add(number.slice(3, 7));
        probes.add(number.slice(2, 9));
        for (const probe of probes) {
          if (probe === number.slice(-4)) continue;
          expect(await finds(probe), `"${probe}" of ${number.length} digits`).toBe(false);
        }
        // What may find it: the whole number (typed with separators too) and the visible tail.
        expect(await finds(number)).toBe(true);
        expect(await finds(`${number.slice(0, 4)} ${number.slice(4, 8)}.${number.slice(8)}`)).toBe(
          true,
        );
        expect(await finds(number.slice(-4))).toBe(true);
      }
    },
    60_000,
  );

  it('refuses the search to a role without the work list', async () => {
    await signIn('admin.justice');
    await expect(api.GET('/accounts', { params: { query: { q: '0240' } } })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('writes a whole-number search by a role that may not reveal numbers to the audit log', async () => {
    await signIn('head.luc-ngan');
    const ds = await dataset();
    const target = (await list({ kind: 'citizen', reason: 'verified_not_linked', pageSize: 1 }))
      .items[0]!;
    const number = identityNumber(ds, rowOfId(target.id)!)!;
    const found = await list({ q: number });
    expect(found.items.map((a) => a.id)).toContain(target.id);
    // A search by the visible tail is not a lookup of a number: not audited.
    await list({ q: number.slice(-4) });

    await signIn('admin.ict');
    const audit = (
      await api.GET('/audit', { params: { query: { action: 'account.search-number' } } })
    ).data!;
    const mine = audit.items.filter((e) => e.username === 'head.luc-ngan');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.targets).toContain(target.id);
    expect(mine[0]!.details).toMatchObject({ kind: 'identity', matched: found.total });
    // The log holds who and what was found, never the number itself.
    expect(JSON.stringify(mine[0])).not.toContain(number);

    // A role that may reveal numbers searches by a whole number without an entry.
    await signIn('officer.center');
    await list({ q: number });
    await signIn('admin.ict');
    const after = (
      await api.GET('/audit', { params: { query: { action: 'account.search-number' } } })
    ).data!;
    expect(after.items.filter((e) => e.username === 'officer.center')).toHaveLength(0);
  });
});

describe("no operation returns an account outside the user's scope", () => {
  const scoped = demoUsers.filter((u) => u.scopeDistrictCode && can(u.role, 'accounts:view'));
  const ACCOUNT_ID = /\b(?:TK|DN|CD)\d{7}\b/g;
  const day = dayOf('2024-06-20');

  async function districtOf(id: string): Promise<string> {
    const ds = await dataset();
    const row = rowOfAccountId(ds, id);
    expect(row, id).toBeDefined();
    return communes[communeOfRow(ds, row!)]!.districtCode;
  }

  /** Every account id anywhere in an answer (text included), and every `districtCode` field. */
  async function expectOnly(district: string, answer: unknown, what: string) {
    const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
    for (const id of new Set(text.match(ACCOUNT_ID) ?? []))
      expect(await districtOf(id), `${what}: ${id}`).toBe(district);
    for (const m of text.matchAll(/"districtCode":"(\d+)"/g)) expect(m[1], what).toBe(district);
  }

  /** An active, registered account in the district with a duplicate in another district. */
  async function straddling(district: string) {
    const ds = await dataset();
    const inDistrict = (r: number) => communes[ds.commune[r]!]!.districtCode === district;
    const usable = (r: number) => ds.registeredDay[r]! <= day && ds.state[r] === STATE_ACTIVE;
    for (let r = 0; r < ds.size; r++) {
      if (ds.dupOf[r]! < 0 || !usable(r)) continue;
      const group = [r, ...duplicatesOf(ds, r)].filter(usable);
      const inside = group.find(inDistrict);
      const outside = group.find((g) => !inDistrict(g));
      if (inside !== undefined && outside !== undefined)
        return { inside: accountId(inside), outside: accountId(outside), ds, row: inside };
    }
    throw new Error(`no straddling duplicate in ${district}`);
  }

  it.each(scoped.map((u) => [u.username, u] as const))(
    'as %s: list, search, export, account page, actions and their answers',
    async (_name, user) => {
      const district = user.scopeDistrictCode!;
      const { inside, outside, ds, row } = await straddling(district);
      const number = identityNumber(ds, row)!;
      // An admin merges the pair across districts first: the history then names both sides.
      await signIn('admin.ict');
      await api.POST('/accounts/{id}/merge', {
        params: { path: { id: inside } },
        body: { others: [outside] },
      });

      await signIn(user.username);
      // The list and its search: the whole number is shared by the other district's duplicate.
      for (const query of [
        { pageSize: 100 },
        { q: number, pageSize: 100 },
        { q: number.slice(-4), pageSize: 100 },
        { status: 'merged', pageSize: 100 },
        { status: 'reported_at_desk', pageSize: 100 },
      ] as Query[]) {
        const page = await list(query);
        await expectOnly(district, page, `list ${JSON.stringify(query)}`);
      }
      // The export, whatever it is asked for.
      const csv = await (
        await fetch(`${location.origin}/api/accounts/export?format=csv&q=${number}`)
      ).text();
      expect(csv).toContain(inside);
      await expectOnly(district, csv, 'export');
      // The account page: duplicates and history (the merge named the other district's account).
      const detail = (await api.GET('/accounts/{id}', { params: { path: { id: inside } } })).data!;
      await expectOnly(district, detail, 'account page');
      expect(detail.history.some((e) => e.type === 'merged')).toBe(true);
      // Actions answer with the account: the same rule.
      if (can(user.role, 'accounts:act')) {
        const visited = await api
          .POST('/accounts/{id}/visits', {
            params: { path: { id: inside } },
            body: { outcome: 'come_back_later' },
          })
          .catch((e: unknown) => e);
        await expectOnly(district, visited, 'visit');
        let bulk = (
          await api.POST('/accounts/reminders', {
            body: { channel: 'portal', filter: { q: number } },
          })
        ).data!;
        while (bulk.status === 'running') {
          await new Promise((r) => setTimeout(r, 5));
          bulk = (
            await api.GET('/accounts/reminders/jobs/{jobId}', {
              params: { path: { jobId: bulk.id } },
            })
          ).data!;
        }
        await expectOnly(district, bulk, 'bulk reminders');
      }
      if (can(user.role, 'accounts:reveal')) {
        const numbers = (
          await api.POST('/accounts/{id}/reveal', { params: { path: { id: inside } } })
        ).data!;
        expect(numbers.identityNumber).toBe(number);
      }
      // The other district's account: no operation admits it exists.
      const id = { params: { path: { id: outside } } };
      const attempts: [string, () => Promise<unknown>][] = [
        ['get', () => api.GET('/accounts/{id}', id)],
        ['reveal', () => api.POST('/accounts/{id}/reveal', id)],
        [
          'visit',
          () => api.POST('/accounts/{id}/visits', { ...id, body: { outcome: 'declined' } }),
        ],
        ['check', () => api.POST('/accounts/{id}/identity-checks', { ...id, body: { note: 'x' } })],
        ['remind', () => api.POST('/accounts/{id}/reminders', { ...id, body: { channel: 'sms' } })],
        [
          'withdraw',
          () => api.POST('/accounts/{id}/desk-report/withdraw', { ...id, body: { reason: 'x' } }),
        ],
        ['reopen', () => api.POST('/accounts/{id}/reopen', id)],
      ];
      for (const [what, call] of attempts) {
        const error = (await call().catch((e: unknown) => e)) as { status?: number };
        // 403 where the role lacks the action altogether, else 404: never the account.
        expect([403, 404], what).toContain(error.status);
        if (what === 'get' || (can(user.role, 'accounts:act') && what !== 'reopen'))
          expect(error.status, what).toBe(404);
      }
    },
    60_000,
  );
});
