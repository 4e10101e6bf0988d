import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountQueryOptions } from './get-account';

export type VisitRequest = components['schemas']['VisitRequest'];
export type VisitOutcome = components['schemas']['VisitOutcome'];

export function recordVisit(id: string, body: VisitRequest) {
  return data(api.POST('/accounts/{id}/visits', { params: { path: { id } }, body }));
}

export function useRecordVisit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitRequest) => recordVisit(id, body),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQueryOptions(id).queryKey, account);
      // A linked account moves the lists and the progress figures.
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}
