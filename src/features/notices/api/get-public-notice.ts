import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import { noticeKeys } from './keys';

export function getPublicNotice(id: string) {
  return data(api.GET('/public/notices/{id}', { params: { path: { id } } }));
}

export const publicNoticeQueryOptions = (id: string) =>
  queryOptions({ queryKey: noticeKeys.public(id), queryFn: () => getPublicNotice(id) });

export function usePublicNotice(id: string) {
  return useQuery(publicNoticeQueryOptions(id));
}
