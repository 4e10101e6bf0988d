import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { operations } from '../../../api/schema';

export type AuditQuery = NonNullable<operations['listAudit']['parameters']['query']>;

export const auditKeys = { list: (q: AuditQuery) => ['audit', 'list', q] as const };

export function listAudit(query: AuditQuery) {
  return data(api.GET('/audit', { params: { query } }));
}

export function useAudit(query: AuditQuery) {
  return useQuery(
    queryOptions({
      queryKey: auditKeys.list(query),
      queryFn: () => listAudit(query),
      placeholderData: keepPreviousData,
    }),
  );
}
