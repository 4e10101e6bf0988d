import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type BulkReminderRequest = components['schemas']['BulkReminderRequest'];
export type BulkReminderResult = components['schemas']['BulkReminderResult'];

export function sendBulkReminders(body: BulkReminderRequest) {
  return data(api.POST('/accounts/reminders', { body }));
}

export function useSendBulkReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendBulkReminders,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}
