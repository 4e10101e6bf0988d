/**
 * An account's row as the contract's AccountSummary: the columns to select from `accounts as a`
 * (`summaryColumns`, the status included) and the mapping (`toSummary`, numbers masked).
 */
import type { components } from '../../../src/api/schema';
import { mask } from '../../../src/lib/account-search';
import { statusSql, type AccountStatus } from './account-status';

export type AccountSummary = components['schemas']['AccountSummary'];
export type StuckReason = components['schemas']['StuckReason'];

/** What toSummary needs of a row (select `summaryColumns(today)`). */
export interface AccountRow {
  id: string;
  kind: AccountSummary['kind'];
  display_name: string;
  identity_number: string | null;
  phone: string | null;
  district_code: string;
  commune_code: string;
  source: AccountSummary['source'];
  reason: string | null;
  registered_on: string;
  last_seen_on: string;
  converted_on: string | null;
  status: AccountStatus;
}

/** The columns toSummary reads, from `accounts as a`. */
export const summaryColumns = (today: string) =>
  [
    'a.id',
    'a.kind',
    'a.display_name',
    'a.identity_number',
    'a.phone',
    'a.district_code',
    'a.commune_code',
    'a.source',
    'a.reason',
    'a.registered_on',
    'a.last_seen_on',
    'a.converted_on',
    statusSql(today).as('status'),
  ] as const;

/** A row as the contract's AccountSummary on `today` (numbers masked). */
export function toSummary(row: AccountRow, today: string): AccountSummary {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    identityNumberMasked: mask(row.identity_number),
    phoneMasked: mask(row.phone),
    districtCode: row.district_code,
    communeCode: row.commune_code,
    source: row.source,
    registeredOn: row.registered_on,
    lastSeenOn: row.last_seen_on,
    status: row.status,
    reason: row.status === 'unconverted' ? (row.reason as StuckReason | null) : null,
    convertedOn: row.converted_on !== null && row.converted_on <= today ? row.converted_on : null,
  };
}
