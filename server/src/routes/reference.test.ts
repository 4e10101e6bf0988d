/** Reference data: one administrative unit by its code (GET /units/{code}). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /units/{code}', () => {
  it('gives the province, a district and a commune with their parent and children, as the tree does', async () => {
    const cookie = await t.signIn('officer.vietyen');
    const tree = (await t.call('GET', '/units', { cookie })).json<{
      province: { code: string; name: string };
      districts: { code: string; name: string; communes: { code: string; name: string }[] }[];
    }>();
    const province = (await t.call('GET', `/units/${tree.province.code}`, { cookie })).json<{
      level: string;
      parent: unknown;
      children: { code: string }[];
    }>();
    expect(province.level).toBe('province');
    expect(province.parent).toBeNull();
    expect(province.children.map((c) => c.code)).toEqual(tree.districts.map((d) => d.code));
    // Outside the user's own district (222): reference data has no scope.
    const luc = tree.districts.find((d) => d.code === '219')!;
    const district = await t.call('GET', '/units/219', { cookie });
    expect(district.statusCode).toBe(200);
    expect(district.json()).toMatchObject({
      code: '219',
      name: luc.name,
      level: 'district',
      parent: { code: tree.province.code, level: 'province' },
      children: luc.communes.map((c) => ({ code: c.code, name: c.name, level: 'commune' })),
    });
    const commune = luc.communes[0]!;
    expect((await t.call('GET', `/units/${commune.code}`, { cookie })).json()).toMatchObject({
      code: commune.code,
      level: 'commune',
      parent: { code: '219', level: 'district' },
      children: [],
    });
    expect(t.mismatches).toEqual([]);
  });

  it('answers 404 for an unknown code, 400 for a code of another shape, 401 without a session', async () => {
    const cookie = await t.signIn('head.ict');
    const unknown = await t.call('GET', '/units/99999', { cookie });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json()).toMatchObject({ status: 404, detail: 'Unit was not found.' });
    expect((await t.call('GET', '/units/STP', { cookie })).statusCode).toBe(400);
    expect((await t.call('GET', '/units/24')).statusCode).toBe(401);
    expect(t.mismatches).toEqual([]);
  });
});
