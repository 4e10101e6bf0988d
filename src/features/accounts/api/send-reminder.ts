import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type ReminderRequest = components['schemas']['ReminderRequest'];

export function sendReminder(id: string, body: ReminderRequest) {
  return data(api.POST('/accounts/{id}/reminders', { params: { path: { id } }, body }));
}

export function useSendReminder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderRequest) => sendReminder(id, body),
    onSuccess: (account) => queryClient.setQueryData(accountKeys.detail(id), account),
  });
}
