import { describe, expect, it } from 'vitest';
import { signInAs } from '../test/render';
import { api } from './client';
import { ApiError } from './errors';
import { getUnit } from './units';

describe('getUnit', () => {
  it('reads a district with its parent and communes, outside the user’s own district too', async () => {
    await signInAs('officer.vietyen');
    const unit = await getUnit('219');
    expect(unit).toMatchObject({
      code: '219',
      level: 'district',
      parent: { code: '24', level: 'province' },
    });
    expect(unit.children.length).toBeGreaterThan(0);
    expect(unit.children.every((c) => c.level === 'commune' && c.code.length === 5)).toBe(true);
  });

  it('reads a commune with its district and no children', async () => {
    await signInAs('officer.vietyen');
    const unit = await getUnit('07759');
    expect(unit).toMatchObject({ level: 'commune', parent: { code: '222' }, children: [] });
  });

  it('turns an unknown code into a 404 and a code of another shape into a 400', async () => {
    await signInAs('officer.vietyen');
    await expect(getUnit('99999')).rejects.toSatisfy(
      (e) => e instanceof ApiError && e.status === 404,
    );
    await expect(getUnit('STP')).rejects.toSatisfy(
      (e) => e instanceof ApiError && e.status === 400,
    );
  });

  it('needs a session', async () => {
    await api.POST('/auth/logout');
    await expect(getUnit('24')).rejects.toSatisfy((e) => e instanceof ApiError && e.status === 401);
  });
});
