import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { paths } from '../config/paths';
import { routes } from './router';

/** The patterns of `paths.ts`: its strings (its functions build addresses of these patterns). */
const patterns: readonly string[] = Object.values(paths).filter(
  (value) => typeof value === 'string',
);

/**
 * Every path the route table declares, as written, and the home page's index route as `/`. The
 * catch-all `*` (the page not found) is no address of the app and is left out.
 */
function declaredPaths(table: RouteObject[]): string[] {
  return table.flatMap((route) => {
    const own = route.index ? [paths.home] : route.path && route.path !== '*' ? [route.path] : [];
    return [...own, ...declaredPaths(route.children ?? [])];
  });
}

describe('the route table', () => {
  it('declares every path as a pattern of paths.ts, written out whole', () => {
    const declared = declaredPaths(routes);
    expect(declared.filter((path) => !patterns.includes(path))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('serves every pattern of paths.ts', () => {
    const declared = declaredPaths(routes);
    expect(patterns.filter((pattern) => !declared.includes(pattern))).toEqual([]);
  });
});
