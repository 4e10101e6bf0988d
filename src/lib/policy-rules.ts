import type { components } from '../api/schema';

type PolicyRule = components['schemas']['PolicyRule'];

/** The dated rules (shared by the demo backend and the server) of the switch-over, from the letters in shared/seeds and Decree 69/2024. */
export const policyRules: PolicyRule[] = [
  {
    key: 'vneid_only_sign_in',
    effectiveFrom: '2024-06-15',
    effectiveUntil: null,
    basis: '3701/VPCP-KSTT',
  },
  {
    key: 'citizen_account_creation_removed',
    effectiveFrom: '2024-06-15',
    effectiveUntil: null,
    basis: '3701/VPCP-KSTT',
  },
  {
    key: 'citizen_conversion_deadline',
    effectiveFrom: '2024-07-01',
    effectiveUntil: null,
    basis: '2834/UBND-NC',
  },
  {
    key: 'justice_one_stop_via_vneid',
    effectiveFrom: '2024-07-01',
    effectiveUntil: null,
    basis: 'Sở Tư pháp',
  },
  {
    key: 'organisation_accounts_unchanged',
    effectiveFrom: '2024-06-15',
    effectiveUntil: null,
    basis: '3701/VPCP-KSTT',
  },
  {
    key: 'organisation_portal_accounts_valid_until',
    effectiveFrom: '2025-06-30',
    effectiveUntil: null,
    basis: '69/2024/NĐ-CP, điều 40',
  },
];
