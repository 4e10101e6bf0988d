import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { DEFAULT_TODAY } from '../db/days';
import { demoUsers } from '../db/demo-users';
import { applyDemoParams } from './demo';

describe('demo state', () => {
  it('changes only what a change names: a scenario keeps the clock, a date keeps the scenario', async () => {
    await api.PUT('/demo/state', { body: { today: '2024-06-10' } });
    const slow = await api.PUT('/demo/state', { body: { scenario: 'slow' } });
    expect(slow.data).toMatchObject({ today: '2024-06-10', scenario: 'slow' });
    const dated = await api.PUT('/demo/state', { body: { today: '2024-06-12' } });
    expect(dated.data).toMatchObject({ today: '2024-06-12', scenario: 'slow' });
    await api.PUT('/demo/state', { body: { scenario: 'normal' } });
  });

  it('keeps the clock when an address names only a scenario', async () => {
    applyDemoParams(new URLSearchParams('scenario=flaky'));
    const state = await api.GET('/demo/state');
    expect(state.data).toMatchObject({ today: DEFAULT_TODAY, scenario: 'flaky' });
    applyDemoParams(new URLSearchParams('scenario=normal&demoDate=2024-06-11'));
    expect((await api.GET('/demo/state')).data).toMatchObject({
      today: '2024-06-11',
      scenario: 'normal',
    });
  });
});

describe('demo users', () => {
  it('lists every demo user for the sign-in page, without a password, even while offline', async () => {
    await api.PUT('/demo/state', { body: { scenario: 'offline' } });
    const { data, response } = await api.GET('/demo/users');
    await api.PUT('/demo/state', { body: { scenario: 'normal' } });
    expect(response.status).toBe(200);
    expect(data?.users).toEqual(
      demoUsers.map((u) => ({
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        unitName: u.unitName,
      })),
    );
    expect(JSON.stringify(data)).not.toMatch(/password/i);
  });
});
