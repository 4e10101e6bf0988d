import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { statsKeys, type StatsQuery } from './scope';

export type StatsSummary = components['schemas']['StatsSummary'];

export function getSummary(q: StatsQuery) {
  return data(api.GET('/stats/summary', { params: { query: q } }));
}

export const summaryQueryOptions = (q: StatsQuery) =>
  queryOptions({ queryKey: statsKeys.summary(q), queryFn: () => getSummary(q) });

export function useSummary(q: StatsQuery) {
  return useQuery(summaryQueryOptions(q));
}
