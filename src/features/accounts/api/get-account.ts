import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type AccountDetail = components['schemas']['AccountDetail'];
export type AccountSummary = components['schemas']['AccountSummary'];

export function getAccount(id: string) {
  return data(api.GET('/accounts/{id}', { params: { path: { id } } }));
}

export const accountQueryOptions = (id: string) =>
  queryOptions({ queryKey: accountKeys.detail(id), queryFn: () => getAccount(id) });

export function useAccount(id: string) {
  return useQuery(accountQueryOptions(id));
}
