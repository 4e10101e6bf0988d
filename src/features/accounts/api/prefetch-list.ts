import type { QueryClient } from '@tanstack/react-query';
import { readListState } from '../components/urlState';
import { accountsQueryOptions } from './list-accounts';

/**
 * On a first visit to the work list: ask for the page of results the URL describes while the list's
 * code downloads, instead of after it has rendered. The page's own query takes the answer.
 */
export function prefetchAccountList(
  queryClient: QueryClient,
  search: URLSearchParams,
): Promise<void> {
  return queryClient.prefetchQuery(accountsQueryOptions(readListState(search).query));
}
