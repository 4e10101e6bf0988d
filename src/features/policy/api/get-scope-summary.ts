import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';

/** The headline figures of the user's whole scope (the banner's "accounts remaining"). */
export function getScopeSummary() {
  return data(api.GET('/stats/summary'));
}

export const scopeSummaryQueryOptions = queryOptions({
  queryKey: ['stats', 'summary', 'user-scope'],
  queryFn: getScopeSummary,
});

export function useScopeSummary(enabled: boolean) {
  return useQuery({ ...scopeSummaryQueryOptions, enabled });
}
