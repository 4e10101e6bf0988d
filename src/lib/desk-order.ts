import type { StuckReason } from '../api/enums';

/**
 * The `desk` order of the accounts list (the contract's `sort`): what can be done at the counter
 * today first. Unconverted citizen accounts by reason in this order, every other account after
 * them. Both backends sort by it; the server's index `accounts_desk_rank` is written in the same
 * order (server/migrations).
 */
export const DESK_REASON_ORDER = [
  'verified_not_linked',
  'id_mismatch',
  'cmnd_only',
  'no_id',
  'duplicate',
  'inactive',
] as const satisfies readonly StuckReason[];
