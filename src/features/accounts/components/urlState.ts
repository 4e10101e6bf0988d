import type { components } from '../../../api/schema';
import { isIsoDate } from '../../../lib/dates';
import {
  isPageNumber,
  oneOf,
  readUrlState,
  writeUrlState,
  type ParamRules,
} from '../../../lib/url-state';
import type { AccountListQuery } from '../api/list-accounts';

export const kinds = ['citizen', 'organisation', 'foreigner'] as const;
export const statuses = [
  'converted',
  'reported_at_desk',
  'unconverted',
  'awaiting_guidance',
  'closed',
  'merged',
] as const;
export const reasons = [
  'verified_not_linked',
  'id_mismatch',
  'cmnd_only',
  'no_id',
  'duplicate',
  'inactive',
] as const satisfies readonly components['schemas']['StuckReason'][];
export const sources = ['national_portal', 'provincial_portal', 'desk'] as const;
export const sorts = [
  'desk',
  'name',
  '-name',
  '-registeredOn',
  'registeredOn',
  'lastSeenOn',
  '-lastSeenOn',
  'commune',
  '-commune',
] as const;
export const pageSizes = [25, 50, 100] as const;

/** Each URL parameter, and whether a value is acceptable. */
export const listRules: ParamRules<AccountListQuery> = {
  q: (v) => v.length <= 100,
  district: (v) => /^\d{3}$/.test(v),
  commune: (v) => /^\d{5}$/.test(v),
  kind: oneOf(kinds),
  status: oneOf(statuses),
  reason: oneOf(reasons),
  source: oneOf(sources),
  regFrom: isIsoDate,
  regTo: isIsoDate,
  seenBefore: isIsoDate,
  sort: oneOf(sorts),
  page: isPageNumber,
  pageSize: (v) => (pageSizes as readonly number[]).includes(Number(v)),
};

/** Defaults, left out of the URL so links stay short. */
export const listDefaults: Partial<AccountListQuery> = { page: 1, pageSize: 25, sort: 'name' };
export const listNumbers = ['page', 'pageSize'] as const;

/** The list's state from the URL; bad values are dropped and named (see `readUrlState`). */
export function readListState(params: URLSearchParams) {
  return readUrlState(params, listRules, listNumbers);
}

/** The URL for a list state (defaults left out). */
export function writeListState(query: AccountListQuery): URLSearchParams {
  return writeUrlState(query, listDefaults);
}

/**
 * Where the work list opens: the unconverted citizen accounts of the user's scope, what the desk
 * can do today first (see the contract's `sort=desk`).
 */
export const workListQuery: AccountListQuery = {
  kind: 'citizen',
  status: 'unconverted',
  sort: 'desk',
};

/** The side panel's account, `?open=TK…` beside the list's own parameters. */
export const OPEN_PARAM = 'open';
export const isAccountId = (v: string) => /^TK\d{7}$/.test(v);
