import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountDetailKey } from '../../../lib/record-visit';

export type AccountDetail = components['schemas']['AccountDetail'];

export function getAccount(id: string) {
  return data(api.GET('/accounts/{id}', { params: { path: { id } } }));
}

/** Same key as the account page, so both show the same copy (and a recorded visit updates both). */
export const accountQueryOptions = (id: string) =>
  queryOptions({ queryKey: accountDetailKey(id), queryFn: () => getAccount(id) });

export function useAccount(id: string | null) {
  return useQuery({ ...accountQueryOptions(id ?? ''), enabled: id !== null });
}
