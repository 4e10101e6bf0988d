import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { noticeKeys } from './keys';

export type NoticeInput = components['schemas']['NoticeInput'];
export type NoticeUpdate = components['schemas']['NoticeUpdate'];

export function confirmNotice(id: string) {
  return data(api.POST('/notices/{id}/confirm', { params: { path: { id } } }));
}
export function publishNotice(id: string) {
  return data(api.POST('/notices/{id}/publish', { params: { path: { id } } }));
}
export function archiveNotice(id: string) {
  return data(api.POST('/notices/{id}/archive', { params: { path: { id } } }));
}
export function remindNoticeReaders(id: string) {
  return data(api.POST('/notices/{id}/reminders', { params: { path: { id } } }));
}
export function createNotice(body: NoticeInput) {
  return data(api.POST('/notices', { body }));
}
export function updateNotice(id: string, body: NoticeUpdate) {
  return data(api.PUT('/notices/{id}', { params: { path: { id } }, body }));
}

function useNoticeMutation<A>(fn: (arg: A) => Promise<components['schemas']['Notice']>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (notice) => {
      queryClient.setQueryData(noticeKeys.detail(notice.id), notice);
      await queryClient.invalidateQueries({ queryKey: noticeKeys.all });
    },
  });
}

export const useConfirmNotice = (id: string) => useNoticeMutation(() => confirmNotice(id));
export const usePublishNotice = (id: string) => useNoticeMutation(() => publishNotice(id));
export const useArchiveNotice = (id: string) => useNoticeMutation(() => archiveNotice(id));
export const useCreateNotice = () => useNoticeMutation(createNotice);
export const useUpdateNotice = (id: string) =>
  useNoticeMutation((body: NoticeUpdate) => updateNotice(id, body));

export function useRemindNoticeReaders(id: string) {
  return useMutation({ mutationFn: () => remindNoticeReaders(id) });
}
