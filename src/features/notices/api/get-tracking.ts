import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { noticeKeys } from './keys';

export type NoticeTracking = components['schemas']['NoticeTracking'];

export function getNoticeTracking(id: string) {
  return data(api.GET('/notices/{id}/tracking', { params: { path: { id } } }));
}

export const noticeTrackingQueryOptions = (id: string) =>
  queryOptions({ queryKey: noticeKeys.tracking(id), queryFn: () => getNoticeTracking(id) });

export function useNoticeTracking(id: string, enabled: boolean) {
  return useQuery({ ...noticeTrackingQueryOptions(id), enabled });
}
