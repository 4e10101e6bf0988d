import { paths } from '../../../config/paths';
import type { StatsQuery } from '../api/scope';

/** The accounts work list filtered to what a figure counts. */
export function accountsLink(scope: StatsQuery, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (scope.district) params.set('district', scope.district);
  if (scope.commune) params.set('commune', scope.commune);
  for (const [k, v] of Object.entries(filters)) params.set(k, v);
  const query = params.toString();
  return query ? `${paths.accounts}?${query}` : paths.accounts;
}

/** The progress page for a unit (the drill-down lives in the URL). */
export function progressLink(scope: StatsQuery): string {
  const params = new URLSearchParams();
  if (scope.district) params.set('district', scope.district);
  if (scope.commune) params.set('commune', scope.commune);
  const query = params.toString();
  return query ? `${paths.home}?${query}` : paths.home;
}
