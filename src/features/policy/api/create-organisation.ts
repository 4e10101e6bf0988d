import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';

export type OrganisationAccountRequest = components['schemas']['OrganisationAccountRequest'];
export type CreatedAccount = components['schemas']['CreatedAccount'];

export function createOrganisationAccount(body: OrganisationAccountRequest) {
  return data(api.POST('/accounts/organisations', { body }));
}

export function useCreateOrganisationAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisationAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
}
