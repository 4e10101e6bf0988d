import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client';
import type { components } from '../api/schema';

export type Policy = components['schemas']['Policy'];
export type PolicyRuleKey = components['schemas']['PolicyRuleKey'];

export const policyQueryOptions = queryOptions({
  queryKey: ['policy'],
  queryFn: () => data(api.GET('/policy')),
  staleTime: 60_000,
});

export function usePolicy() {
  return useQuery(policyQueryOptions);
}

/**
 * The one place the app decides whether a rule is in force: from the server's rules and the server's
 * today. ISO dates compare correctly as strings.
 */
export function ruleInForce(policy: Policy, key: PolicyRuleKey): boolean {
  const rule = policy.rules.find((r) => r.key === key);
  if (!rule) return false;
  if (policy.today < rule.effectiveFrom) return false;
  return !rule.effectiveUntil || policy.today <= rule.effectiveUntil;
}

export function ruleDate(policy: Policy, key: PolicyRuleKey): string | undefined {
  return policy.rules.find((r) => r.key === key)?.effectiveFrom;
}
