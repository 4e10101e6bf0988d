import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { saveFileResponse } from '../../../lib/download';

export type NoticeAttachment = components['schemas']['NoticeAttachment'];

/** Fetched with the session cookie, then saved under the name the publisher gave it. */
export async function downloadNoticeAttachment(noticeId: string, attachment: NoticeAttachment) {
  await saveFileResponse(
    api.GET('/notices/{id}/attachments/{attachmentId}', {
      params: { path: { id: noticeId, attachmentId: attachment.id } },
      parseAs: 'blob',
    }),
    attachment.name,
  );
}

export function useDownloadNoticeAttachment(noticeId: string) {
  return useMutation({
    mutationFn: (attachment: NoticeAttachment) => downloadNoticeAttachment(noticeId, attachment),
  });
}
