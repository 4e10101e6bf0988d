import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { meQueryKey } from './get-me';

export async function logout(): Promise<void> {
  await api.POST('/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
