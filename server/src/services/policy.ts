/** The policy's dated rules (src/lib/policy-rules.ts) as the server applies them on its business day. */
import type { components } from '../../../src/api/schema';
import { policyRules } from '../../../src/lib/policy-rules';
import type { Services } from '.';

/** A dated rule of the policy as the server applies it today. */
export function ruleInForce(services: Services, key: components['schemas']['PolicyRuleKey']) {
  const rule = policyRules.find((r) => r.key === key);
  if (!rule) return { inForce: false, since: null };
  const today = services.clock.today();
  return {
    inForce: today >= rule.effectiveFrom && (!rule.effectiveUntil || today <= rule.effectiveUntil),
    since: rule.effectiveFrom,
  };
}
