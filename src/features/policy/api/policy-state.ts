import { ruleDate, ruleInForce, usePolicy, type Policy } from '../../../lib/policy';

/** What the switch-over rules mean for the desk today, decided by `ruleInForce` only. */
export interface PolicyState {
  citizenCreationRemoved: boolean;
  /** The day citizen creation was (or will be) removed. */
  removedSince: string;
  /** The document behind the removal. */
  removedBasis: string;
  deadlinePassed: boolean;
  deadline: string;
  /** Until when portal-created organisation accounts stay valid. */
  organisationValidUntil: string;
}

export function policyState(policy: Policy): PolicyState {
  const removal = policy.rules.find((r) => r.key === 'citizen_account_creation_removed');
  return {
    citizenCreationRemoved: ruleInForce(policy, 'citizen_account_creation_removed'),
    removedSince: removal?.effectiveFrom ?? '',
    removedBasis: removal?.basis ?? '',
    deadlinePassed: ruleInForce(policy, 'citizen_conversion_deadline'),
    deadline: ruleDate(policy, 'citizen_conversion_deadline') ?? '',
    organisationValidUntil: ruleDate(policy, 'organisation_portal_accounts_valid_until') ?? '',
  };
}

/** The policy query, with its meaning for the desk once loaded. */
export function usePolicyState() {
  const query = usePolicy();
  return { query, state: query.data ? policyState(query.data) : undefined };
}
