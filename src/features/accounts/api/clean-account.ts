import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type CloseReason = components['schemas']['CloseReason'];
export const closeReasons: CloseReason[] = [
  'deceased',
  'duplicate_elsewhere',
  'no_longer_used',
  'fraudulent',
  'other',
];

export function mergeAccounts(keepId: string, others: string[]) {
  return data(
    api.POST('/accounts/{id}/merge', { params: { path: { id: keepId } }, body: { others } }),
  );
}

export function closeAccount(id: string, reason: CloseReason, note?: string) {
  return data(
    api.POST('/accounts/{id}/close', { params: { path: { id } }, body: { reason, note } }),
  );
}

export function reopenAccount(id: string) {
  return data(api.POST('/accounts/{id}/reopen', { params: { path: { id } } }));
}

/** Cleaning changes lists, figures and other accounts' pages: refetch them all. */
function useAfterCleaning() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: accountKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['stats'] });
  };
}

export function useMergeAccounts() {
  const after = useAfterCleaning();
  return useMutation({
    mutationFn: ({ keepId, others }: { keepId: string; others: string[] }) =>
      mergeAccounts(keepId, others),
    onSuccess: after,
  });
}

export function useCloseAccount(id: string) {
  const after = useAfterCleaning();
  return useMutation({
    mutationFn: ({ reason, note }: { reason: CloseReason; note?: string }) =>
      closeAccount(id, reason, note),
    onSuccess: after,
  });
}

export function useReopenAccount(id: string) {
  const after = useAfterCleaning();
  return useMutation({ mutationFn: () => reopenAccount(id), onSuccess: after });
}
