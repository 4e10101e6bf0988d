import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { meQueryKey } from './get-me';

export type LoginRequest = components['schemas']['LoginRequest'];

export function login(body: LoginRequest) {
  return data(api.POST('/auth/login', { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // A new user sees nothing cached for the previous one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}
