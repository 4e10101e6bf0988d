import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { components } from '../api/schema';

export type VisitRequest = components['schemas']['VisitRequest'];
export type VisitOutcome = components['schemas']['VisitOutcome'];
export const visitOutcomes = [
  'linked',
  'referred_police',
  'declined',
  'come_back_later',
] as const satisfies readonly VisitOutcome[];

/** One account's query key: the accounts page, its side panel and the counter guide share it. */
export const accountDetailKey = (id: string) => ['accounts', 'detail', id] as const;

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
