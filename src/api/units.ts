/**
 * One administrative unit (`GET /units/{code}`): the province, a district or a commune, with its
 * parent and its children. Pages read the whole tree once instead (`useUnits`, src/lib/units.ts,
 * kept for the session), so this request has no hook: add one, with its query key, when a page
 * needs a single unit it does not already hold.
 */
import { api, data } from './client';
import type { components } from './schema';

export type Unit = components['schemas']['Unit'];

export function getUnit(code: string): Promise<Unit> {
  return data(api.GET('/units/{code}', { params: { path: { code } } }));
}
