import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { statsKeys } from './scope';

export type StatsByUnit = components['schemas']['StatsByUnit'];
export type StatsUnitRow = components['schemas']['StatsUnitRow'];

export function getByUnit(district: string | undefined) {
  return data(api.GET('/stats/by-unit', { params: { query: { district } } }));
}

export const byUnitQueryOptions = (district: string | undefined) =>
  queryOptions({ queryKey: statsKeys.byUnit(district), queryFn: () => getByUnit(district) });

export function useByUnit(district: string | undefined, enabled = true) {
  return useQuery({ ...byUnitQueryOptions(district), enabled });
}
