import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type VisitRequest = components['schemas']['VisitRequest'];

export function recordVisit(id: string, body: VisitRequest) {
  return data(api.POST('/accounts/{id}/visits', { params: { path: { id } }, body }));
}

export function useRecordVisit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitRequest) => recordVisit(id, body),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountKeys.detail(id), account);
      // A linked account changes the lists and the progress figures.
      await queryClient.invalidateQueries({ queryKey: accountKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}
