import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';

export type AccountSummary = components['schemas']['AccountSummary'];

/** The guide's look-up: citizen accounts in the user's scope matching names or numbers. */
export function searchAccounts(q: string) {
  return data(api.GET('/accounts', { params: { query: { q, kind: 'citizen', pageSize: 10 } } }));
}

export const searchAccountsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['accounts', 'guide-search', q],
    queryFn: () => searchAccounts(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });

export function useSearchAccounts(q: string) {
  return useQuery(searchAccountsQueryOptions(q));
}
