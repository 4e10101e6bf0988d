import { useSearchParams } from 'react-router-dom';

/** Whether each URL parameter's value is acceptable; a key absent here is not read. */
export type ParamRules<Q> = { [K in keyof Q]-?: (value: string) => boolean };

export const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: string): v is T =>
    (list as readonly string[]).includes(v);

export const isPageNumber = (v: string) => /^[1-9]\d{0,5}$/.test(v);

/**
 * A list's state from the URL. A bad value is dropped and named, never a crash: the page shows a
 * notice and the list as if the parameter were absent. `numbers` are read as numbers.
 */
export function readUrlState<Q extends object>(
  params: URLSearchParams,
  rules: ParamRules<Q>,
  numbers: readonly (keyof Q)[] = [],
): { query: Q; invalid: string[] } {
  const query: Record<string, string | number> = {};
  const invalid: string[] = [];
  for (const [key, check] of Object.entries(rules) as [
    keyof Q & string,
    (v: string) => boolean,
  ][]) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (!check(value)) {
      invalid.push(key);
      continue;
    }
    query[key] = numbers.includes(key) ? Number(value) : value;
  }
  return { query: query as Q, invalid };
}

/** The URL for a list state; values equal to their default are left out, so links stay short. */
export function writeUrlState<Q extends object>(query: Q, defaults: Partial<Q>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [keyof Q & string, unknown][]) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (value === '' || defaults[key] === value) continue;
    out.set(key, String(value));
  }
  return out;
}

/**
 * A paginated list's state kept in the URL: the validated query, the names of parameters that were
 * ignored, and `update`, which merges changes and goes back to page 1 unless the page itself changes.
 * Parameters outside `rules` (e.g. an open side panel) are kept by `keep`, dropped otherwise.
 */
export function useUrlListState<Q extends { page?: number }>(
  rules: ParamRules<Q>,
  defaults: Partial<Q>,
  { numbers = [] as readonly (keyof Q)[] } = {},
) {
  const [params, setParams] = useSearchParams();
  const { query, invalid } = readUrlState<Q>(params, rules, numbers);
  const update = (next: Partial<Q>) => {
    const merged = { ...query, ...next };
    if (!('page' in next)) delete merged.page;
    setParams(writeUrlState(merged, defaults));
  };
  return { params, setParams, query, invalid, update };
}
