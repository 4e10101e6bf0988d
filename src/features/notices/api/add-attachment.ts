import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import { noticeKeys } from './keys';

/** Sent as multipart/form-data; the server checks the type from the file's first bytes. */
export function addNoticeAttachment(id: string, file: File) {
  return data(
    api.POST('/notices/{id}/attachments', {
      params: { path: { id } },
      // The typed body is a placeholder: the serializer sends the file itself.
      body: { file: '' },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export function useAddNoticeAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => addNoticeAttachment(id, file),
    onSuccess: (notice) => queryClient.setQueryData(noticeKeys.detail(id), notice),
  });
}
