import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';

export type SavedView = components['schemas']['SavedView'];

const viewsKey = ['accounts', 'views'] as const;

export const savedViewsQueryOptions = queryOptions({
  queryKey: viewsKey,
  queryFn: () => data(api.GET('/accounts/views')),
});

export function useSavedViews() {
  return useQuery(savedViewsQueryOptions);
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; query: Record<string, string> }) =>
      data(api.POST('/accounts/views', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsKey }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (viewId: string) => {
      await api.DELETE('/accounts/views/{viewId}', { params: { path: { viewId } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewsKey }),
  });
}
