/**
 * A list's state in the address, read and written: plain functions, without React or the router
 * (the entry reads the accounts list's state with them, before those have loaded: see
 * src/app/early-requests.ts). The hooks that keep it in the URL are in ./url-state.ts.
 */

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
