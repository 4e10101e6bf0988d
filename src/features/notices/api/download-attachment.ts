import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ApiError, problemTypes } from '../../../api/errors';
import type { components } from '../../../api/schema';
import { downloadBlob } from '../../../lib/download';

export type NoticeAttachment = components['schemas']['NoticeAttachment'];

/** Fetched with the session cookie, then saved under the name the publisher gave it. */
export async function downloadNoticeAttachment(noticeId: string, attachment: NoticeAttachment) {
  const { data, response } = await api.GET('/notices/{id}/attachments/{attachmentId}', {
    params: { path: { id: noticeId, attachmentId: attachment.id } },
    parseAs: 'blob',
  });
  if (!(data instanceof Blob)) {
    throw new ApiError({
      type: problemTypes.badResponse,
      title: 'Unexpected response',
      status: response.status,
    });
  }
  downloadBlob(attachment.name, data);
}

export function useDownloadNoticeAttachment(noticeId: string) {
  return useMutation({
    mutationFn: (attachment: NoticeAttachment) => downloadNoticeAttachment(noticeId, attachment),
  });
}
