/** The unit a progress view is about, as it stands in the URL (`?district=219&commune=07555`). */
export interface StatsQuery {
  district?: string;
  commune?: string;
}

export function statsQueryFromParams(params: URLSearchParams): StatsQuery {
  const district = params.get('district');
  const commune = params.get('commune');
  return {
    district: district && /^\d{3}$/.test(district) ? district : undefined,
    commune: commune && /^\d{5}$/.test(commune) ? commune : undefined,
  };
}

/** Query keys: the resource first, then the scope. */
export const statsKeys = {
  all: ['stats'] as const,
  summary: (q: StatsQuery) => ['stats', 'summary', q.district ?? '', q.commune ?? ''] as const,
  byUnit: (district: string | undefined) => ['stats', 'by-unit', district ?? ''] as const,
  series: (q: StatsQuery) => ['stats', 'series', q.district ?? '', q.commune ?? ''] as const,
};
