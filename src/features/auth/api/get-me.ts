import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import { isApiError } from '../../../api/errors';
import type { User } from '../../../lib/session';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not an error). */
export async function getMe(): Promise<User | null> {
  try {
    return await data(api.GET('/auth/me'));
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
