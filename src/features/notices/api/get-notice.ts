import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { noticeKeys } from './keys';

export type Notice = components['schemas']['Notice'];

export function getNotice(id: string) {
  return data(api.GET('/notices/{id}', { params: { path: { id } } }));
}

export const noticeQueryOptions = (id: string) =>
  queryOptions({ queryKey: noticeKeys.detail(id), queryFn: () => getNotice(id) });

export function useNotice(id: string) {
  return useQuery(noticeQueryOptions(id));
}
