import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams, type NavigateOptions } from 'react-router-dom';
import { readUrlState, writeUrlState, type ParamRules } from './url-params';

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

/**
 * `useSearchParams`, whose setter starts from the latest address this component wrote. The router
 * changes the address in a transition: until that has rendered, `params` is the address before it,
 * and a second change built on it (a second date typed while the list renders the first) would
 * drop the first.
 */
export function useLatestSearchParams() {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const change = useCallback(
    (make: (current: URLSearchParams) => URLSearchParams, options?: NavigateOptions) => {
      const next = make(new URLSearchParams(latest.current));
      latest.current = next;
      void setParams(next, options);
    },
    [setParams],
  );
  return [params, change] as const;
}

/** Marks the address entries a `useUrlText` field wrote itself. */
const typedHere = { typedHere: true } as const;
const isTypedHere = (state: unknown) =>
  typeof state === 'object' && state !== null && 'typedHere' in state;

/**
 * A text field mirrored, as it is typed, to the URL parameter `name` (the entry is replaced: Back
 * does not step through keystrokes). The field keeps its own text: the address changes in a
 * transition, and a field that read its text back from it would drop the keys typed meanwhile. It
 * takes the address's text when the address changes otherwise (Back, a link).
 */
export function useUrlText(name: string): [string, (text: string) => void] {
  const [params, setParams] = useLatestSearchParams();
  const location = useLocation();
  const { key } = location;
  const state: unknown = location.state;
  const fromUrl = params.get(name) ?? '';
  const [text, setText] = useState(fromUrl);
  const [seen, setSeen] = useState(key);
  if (key !== seen) {
    setSeen(key);
    if (!isTypedHere(state)) setText(fromUrl);
  }
  const change = (next: string) => {
    setText(next);
    setParams(
      (written) => {
        if (next) written.set(name, next);
        else written.delete(name);
        return written;
      },
      { replace: true, state: typedHere },
    );
  };
  return [text, change];
}
