import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';

export type DemoUserSummary = components['schemas']['DemoUserSummary'];

/**
 * Every demo user's password (the demo backend's users, `mocks/db/demo-users.ts`, all have it). The
 * contract never answers a password: the demo's sign-in page knows this one. Read only by the demo
 * build, so a production build leaves it out (`scripts/check-dist.mjs` checks).
 */
export const demoPassword = 'demo';

export const demoUsersQueryKey = ['auth', 'demo-users'] as const;

/** The demo's users, for the sign-in page to offer them (demo backend only: `GET /demo/users`). */
export async function listDemoUsers(): Promise<readonly DemoUserSummary[]> {
  return (await data(api.GET('/demo/users'))).users;
}

/**
 * Made when asked for, not when the module loads: a call at the top of the module would keep the
 * request in the production bundle, which never shows the list.
 */
export function demoUsersQueryOptions() {
  return queryOptions({ queryKey: demoUsersQueryKey, queryFn: listDemoUsers, staleTime: Infinity });
}

export function useDemoUsers() {
  return useQuery(demoUsersQueryOptions());
}
