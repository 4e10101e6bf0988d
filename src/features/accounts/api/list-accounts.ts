import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { operations } from '../../../api/schema';
import { accountKeys } from './keys';

export type AccountListQuery = NonNullable<operations['listAccounts']['parameters']['query']>;

export function listAccounts(query: AccountListQuery) {
  return data(api.GET('/accounts', { params: { query } }));
}

export const accountsQueryOptions = (query: AccountListQuery) =>
  queryOptions({
    queryKey: accountKeys.list(query),
    queryFn: () => listAccounts(query),
    // Paging and filtering keep the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });

export function useAccounts(query: AccountListQuery) {
  return useQuery(accountsQueryOptions(query));
}
