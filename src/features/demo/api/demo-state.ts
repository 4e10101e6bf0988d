import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';

export type DemoState = components['schemas']['DemoState'];
export type DemoStateChange = components['schemas']['DemoStateChange'];
export type Scenario = components['schemas']['Scenario'];

export const scenarios: readonly Scenario[] = [
  'normal',
  'slow',
  'flaky',
  'offline',
  'expired-session',
];

export const demoStateQueryOptions = queryOptions({
  queryKey: ['demo', 'state'],
  queryFn: () => data(api.GET('/demo/state')),
  staleTime: Infinity,
  retry: false,
});

export function useDemoState() {
  return useQuery(demoStateQueryOptions);
}

/** Moving the clock or resetting changes every answer: everything cached is refetched. */
export function useSetDemoState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DemoStateChange) => data(api.PUT('/demo/state', { body })),
    onSuccess: async (state) => {
      queryClient.setQueryData(demoStateQueryOptions.queryKey, state);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
    },
  });
}

export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.POST('/demo/reset')),
    onSuccess: async (state) => {
      queryClient.setQueryData(demoStateQueryOptions.queryKey, state);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'demo' });
    },
  });
}
