import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { statsKeys, type StatsQuery } from './scope';

export type StatsSeries = components['schemas']['StatsSeries'];

export function getSeries(q: StatsQuery) {
  return data(api.GET('/stats/series', { params: { query: q } }));
}

export const seriesQueryOptions = (q: StatsQuery) =>
  queryOptions({ queryKey: statsKeys.series(q), queryFn: () => getSeries(q) });

export function useSeries(q: StatsQuery) {
  return useQuery(seriesQueryOptions(q));
}
