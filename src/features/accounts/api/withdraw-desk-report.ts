import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import { accountKeys } from './keys';

/** Withdraw a pending "linked at the desk" report (its author or a system admin), with a reason. */
export function withdrawDeskReport(id: string, reason: string) {
  return data(
    api.POST('/accounts/{id}/desk-report/withdraw', {
      params: { path: { id } },
      body: { reason },
    }),
  );
}

export function useWithdrawDeskReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => withdrawDeskReport(id, reason),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountKeys.detail(id), account);
      // The account leaves the reported figure and the list's status.
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
      await queryClient.invalidateQueries({ queryKey: ['stats'] });
    },
  });
}
