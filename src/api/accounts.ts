/**
 * One account (`GET /accounts/{id}`) and the counter visit that changes it. The accounts pages, the
 * account panel and the counter guide (policy) all read this one query, under one key, so that a
 * recorded visit updates every copy on screen. A resource that several features use lives here, in
 * src/api, once (see docs/architecture.md).
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from './client';
import type { components } from './schema';

export type AccountDetail = components['schemas']['AccountDetail'];
export type VisitRequest = components['schemas']['VisitRequest'];
export type VisitOutcome = components['schemas']['VisitOutcome'];

export const visitOutcomes = [
  'linked',
  'referred_police',
  'declined',
  'come_back_later',
] as const satisfies readonly VisitOutcome[];

/** One account's query key (under `['accounts']`, which every change to accounts invalidates). */
export const accountDetailKey = (id: string) => ['accounts', 'detail', id] as const;

export function getAccount(id: string) {
  return data(api.GET('/accounts/{id}', { params: { path: { id } } }));
}

export const accountQueryOptions = (id: string) =>
  queryOptions({ queryKey: accountDetailKey(id), queryFn: () => getAccount(id) });

export function useAccount(id: string) {
  return useQuery(accountQueryOptions(id));
}

export function recordVisit(id: string, body: VisitRequest) {
  return data(api.POST('/accounts/{id}/visits', { params: { path: { id } }, body }));
}

/** Record what happened when the citizen came to the counter; the account comes back updated. */
export function useRecordVisit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitRequest) => recordVisit(id, body),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountDetailKey(id), account);
      // A linked account moves the lists and the progress figures.
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}
