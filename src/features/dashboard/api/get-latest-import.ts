import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';

/** The latest import's date (issue 19): what "Số liệu đến …" says once data has been imported. */
export const latestImportQueryOptions = queryOptions({
  queryKey: ['imports', 'latest'],
  queryFn: () => data(api.GET('/imports/latest')),
});

export function useLatestImport() {
  return useQuery(latestImportQueryOptions);
}
