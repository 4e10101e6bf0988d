import { describe, expect, it } from 'vitest';
import { api } from '../api/client';
import { accountKeys } from '../features/accounts/api/keys';
import { readListState } from '../features/accounts/components/urlState';
import { signInAs } from '../test/render';
import { scopeSummaryQueryOptions } from '../features/policy/api/get-scope-summary';
import { unitsQueryOptions } from '../lib/units';
import { prefetchRouteData, prefetchSession } from './preload';
import { makeQueryClient } from './providers';

const at = (url: string) => new URL(url, 'http://localhost') as unknown as Location;

/** The list query the accounts page makes for `search`. */
const listKey = (search: string) =>
  accountKeys.list(readListState(new URLSearchParams(search)).query);

describe('prefetchRouteData', () => {
  it('fetches the accounts list the address describes, for a signed-in user', async () => {
    await signInAs('officer.vietyen');
    const queryClient = makeQueryClient();
    prefetchRouteData(queryClient, at('/accounts?reason=no_id&sort=name'));
    await expect
      .poll(() => queryClient.getQueryState(listKey('?reason=no_id&sort=name'))?.status, {
        timeout: 15_000,
      })
      .toBe('success');
    const data = queryClient.getQueryData<{ total: number }>(listKey('?reason=no_id&sort=name'));
    expect(data?.total).toBeGreaterThan(0);
  });

  it('fetches nothing without a session, and nothing for pages that fetch for themselves', async () => {
    await api.POST('/auth/logout');
    const signedOut = makeQueryClient();
    prefetchRouteData(signedOut, at('/accounts'));
    await new Promise((r) => setTimeout(r, 500));
    expect(signedOut.getQueryState(listKey(''))).toBeUndefined();

    await signInAs('officer.vietyen');
    const notices = makeQueryClient();
    prefetchRouteData(notices, at('/notices'));
    await new Promise((r) => setTimeout(r, 500));
    expect(
      notices
        .getQueryCache()
        .getAll()
        .map((q) => q.queryKey[0]),
    ).not.toContain('accounts');
  });
});

describe('prefetchSession', () => {
  const summaryStatus = (queryClient: ReturnType<typeof makeQueryClient>) =>
    queryClient.getQueryState(scopeSummaryQueryOptions.queryKey)?.status;

  it('fetches the banner’s count with the session once the deadline has passed', async () => {
    await signInAs('officer.vietyen');
    const before = makeQueryClient();
    prefetchSession(before);
    // The unit names come with the session; the count only once the deadline has passed.
    await expect
      .poll(() => before.getQueryState(unitsQueryOptions.queryKey)?.status, { timeout: 15_000 })
      .toBe('success');
    expect(summaryStatus(before)).toBeUndefined();

    await api.PUT('/demo/state', { body: { today: '2024-07-02' } });
    const queryClient = makeQueryClient();
    prefetchSession(queryClient);
    await expect.poll(() => summaryStatus(queryClient), { timeout: 15_000 }).toBe('success');
  });

  it('fetches no count and no units without a session', async () => {
    await api.POST('/auth/logout');
    const queryClient = makeQueryClient();
    prefetchSession(queryClient);
    await new Promise((r) => setTimeout(r, 500));
    expect(summaryStatus(queryClient)).toBeUndefined();
    expect(queryClient.getQueryState(unitsQueryOptions.queryKey)).toBeUndefined();
  });
});
