import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { noticeKeys } from './keys';

export type NoticeSummary = components['schemas']['NoticeSummary'];

export function listNotices(q: string) {
  return data(api.GET('/notices', { params: { query: q ? { q } : {} } }));
}

export const noticesQueryOptions = (q: string) =>
  queryOptions({ queryKey: noticeKeys.list(q), queryFn: () => listNotices(q) });

export function useNotices(q: string) {
  return useQuery({ ...noticesQueryOptions(q), placeholderData: keepPreviousData });
}
