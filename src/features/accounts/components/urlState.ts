import {
  AccountKind,
  AccountSource,
  AccountStatus,
  listAccountsSort,
  StuckReason,
} from '../../../api/enums';
import { isIsoDate } from '../../../lib/dates';
import {
  isPageNumber,
  oneOf,
  readUrlState,
  writeUrlState,
  type ParamRules,
} from '../../../lib/url-params';
import type { AccountListQuery } from '../api/list-accounts';

// The values the contract allows, in its order (src/api/enums.ts, generated from it).
export const kinds = AccountKind;
export const statuses = AccountStatus;
export const reasons = StuckReason;
export const sources = AccountSource;
/** The list's orders as the sort menu offers them: the desk's order first. */
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
] as const satisfies readonly listAccountsSort[];
// Every order the contract allows is on the menu: a new one fails to compile here.
const everySort: Exclude<listAccountsSort, (typeof sorts)[number]> extends never ? true : never =
  true;
void everySort;
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
