import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { components } from '../api/schema';

export type UnitTree = components['schemas']['UnitTree'];
export type District = components['schemas']['District'];
export type Commune = components['schemas']['Commune'];

export const unitsQueryOptions = queryOptions({
  queryKey: ['units'],
  queryFn: () => data(api.GET('/units')),
  staleTime: Infinity,
});

export function useUnits() {
  return useQuery(unitsQueryOptions);
}

/** Name lookup for any unit code (province, district, commune or organisation). */
export function unitName(tree: UnitTree | undefined, code: string): string {
  if (!tree) return code;
  if (tree.province.code === code) return tree.province.name;
  for (const d of tree.districts) {
    if (d.code === code) return d.name;
    const c = d.communes.find((x) => x.code === code);
    if (c) return c.name;
  }
  return tree.organisations.find((o) => o.code === code)?.name ?? code;
}
