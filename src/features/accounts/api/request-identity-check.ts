import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type IdentityCheckRequest = components['schemas']['IdentityCheckRequest'];

export function requestIdentityCheck(id: string, body: IdentityCheckRequest) {
  return data(api.POST('/accounts/{id}/identity-checks', { params: { path: { id } }, body }));
}

export function useRequestIdentityCheck(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IdentityCheckRequest) => requestIdentityCheck(id, body),
    onSuccess: (account) => queryClient.setQueryData(accountKeys.detail(id), account),
  });
}
