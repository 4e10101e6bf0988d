import type { components } from '../../../api/schema';
import { isIsoDate } from '../../../lib/dates';
import type { AccountListQuery } from '../api/list-accounts';

export const kinds = ['citizen', 'organisation', 'foreigner'] as const;
export const statuses = [
  'converted',
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

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: string): v is T =>
    (list as readonly string[]).includes(v);

/** Each URL parameter, and whether a value is acceptable. */
const rules: Record<keyof AccountListQuery, (v: string) => boolean> = {
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
  page: (v) => /^[1-9]\d{0,5}$/.test(v),
  pageSize: (v) => (pageSizes as readonly number[]).includes(Number(v)),
};

/**
 * The list's state from the URL. A bad value is dropped and named, never a crash: the page shows
 * a notice and the list as if the parameter were absent.
 */
export function readListState(params: URLSearchParams): {
  query: AccountListQuery;
  invalid: string[];
} {
  const query: Record<string, string | number> = {};
  const invalid: string[] = [];
  for (const [key, check] of Object.entries(rules)) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (!check(value)) {
      invalid.push(key);
      continue;
    }
    query[key] = key === 'page' || key === 'pageSize' ? Number(value) : value;
  }
  return { query, invalid };
}

/** The URL for a list state (defaults left out, so links stay short). */
export function writeListState(query: AccountListQuery): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === null) continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === 25) continue;
    if (key === 'sort' && value === 'name') continue;
    out.set(key, String(value));
  }
  return out;
}
