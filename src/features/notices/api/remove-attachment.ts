import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import { noticeKeys } from './keys';

export function removeNoticeAttachment(id: string, attachmentId: string) {
  return data(
    api.DELETE('/notices/{id}/attachments/{attachmentId}', {
      params: { path: { id, attachmentId } },
    }),
  );
}

export function useRemoveNoticeAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => removeNoticeAttachment(id, attachmentId),
    onSuccess: (notice) => queryClient.setQueryData(noticeKeys.detail(id), notice),
  });
}
