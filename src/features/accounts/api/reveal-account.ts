import { useMutation } from '@tanstack/react-query';
import { api, data } from '../../../api/client';

/** Full numbers are fetched on purpose, one account at a time, and never cached. */
export function revealAccount(id: string) {
  return data(api.POST('/accounts/{id}/reveal', { params: { path: { id } } }));
}

export function useRevealAccount() {
  return useMutation({ mutationFn: revealAccount });
}
