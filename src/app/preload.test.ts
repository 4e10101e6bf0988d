import { describe, expect, it } from 'vitest';
import { api } from '../api/client';
import { accountKeys } from '../features/accounts/api/keys';
import { readListState } from '../features/accounts/components/urlState';
import { signInAs } from '../test/render';
import { scopeSummaryQueryOptions } from '../features/policy/api/get-scope-summary';
import { meQueryOptions } from '../features/auth/api/get-me';
import { policyQueryOptions } from '../lib/policy';
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
    await prefetchRouteData(queryClient, at('/accounts?reason=no_id&sort=name'));
    expect(queryClient.getQueryState(listKey('?reason=no_id&sort=name'))?.status).toBe('success');
    const data = queryClient.getQueryData<{ total: number }>(listKey('?reason=no_id&sort=name'));
    expect(data?.total).toBeGreaterThan(0);
  });

  it('fetches nothing without a session, and nothing for pages that fetch for themselves', async () => {
    await api.POST('/auth/logout');
    const signedOut = makeQueryClient();
    await prefetchRouteData(signedOut, at('/accounts'));
    // The session was checked and found missing.
    expect(signedOut.getQueryState(meQueryOptions.queryKey)?.status).toBe('success');
    expect(signedOut.getQueryData(meQueryOptions.queryKey)).toBeNull();
    expect(signedOut.getQueryState(listKey(''))).toBeUndefined();

    await signInAs('officer.vietyen');
    const notices = makeQueryClient();
    await prefetchRouteData(notices, at('/notices'));
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
    await prefetchSession(before);
    // The unit names come with the session; the count only once the deadline has passed.
    expect(before.getQueryState(unitsQueryOptions.queryKey)?.status).toBe('success');
    expect(summaryStatus(before)).toBeUndefined();

    await api.PUT('/demo/state', { body: { today: '2024-07-02' } });
    const queryClient = makeQueryClient();
    await prefetchSession(queryClient);
    expect(summaryStatus(queryClient)).toBe('success');
  });

  it('fetches no count and no units without a session', async () => {
    await api.POST('/auth/logout');
    const queryClient = makeQueryClient();
    await prefetchSession(queryClient);
    // Both the session and the policy were answered: the count and the units were not asked for.
    expect(queryClient.getQueryData(meQueryOptions.queryKey)).toBeNull();
    expect(queryClient.getQueryState(policyQueryOptions.queryKey)?.status).toBe('success');
    expect(summaryStatus(queryClient)).toBeUndefined();
    expect(queryClient.getQueryState(unitsQueryOptions.queryKey)).toBeUndefined();
  });
});
