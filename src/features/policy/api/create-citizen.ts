import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import { isApiError, problemTypes } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { policyQueryOptions } from '../../../lib/policy';

export type CitizenAccountRequest = components['schemas']['CitizenAccountRequest'];

/** Only before the removal day; afterwards the server answers 410 Gone. */
export function createCitizenAccount(body: CitizenAccountRequest) {
  return data(api.POST('/accounts/citizens', { body }));
}

export function useCreateCitizenAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCitizenAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
    onError: async (error) => {
      // The server says the function is gone: read the rules again so the page follows them.
      if (isApiError(error) && error.type === problemTypes.gone) {
        await queryClient.invalidateQueries({ queryKey: policyQueryOptions.queryKey });
      }
    },
  });
}
