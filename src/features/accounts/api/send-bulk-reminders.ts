import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { accountKeys } from './keys';

export type BulkReminderRequest = components['schemas']['BulkReminderRequest'];
export type BulkReminderJob = components['schemas']['BulkReminderJob'];

/** How often a running job's progress is asked for. */
export const REMINDER_JOB_POLL_MS = 750;

export const reminderJobKey = (jobId: string) => ['reminder-jobs', jobId] as const;

/** Start a bulk reminder job: the server answers at once (202) with the job as it starts. */
export function sendBulkReminders(body: BulkReminderRequest) {
  return data(api.POST('/accounts/reminders', { body }));
}

export function getBulkReminderJob(jobId: string) {
  return data(api.GET('/accounts/reminders/jobs/{jobId}', { params: { path: { jobId } } }));
}

export function useSendBulkReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendBulkReminders,
    onSuccess: (job) => queryClient.setQueryData(reminderJobKey(job.id), job),
  });
}

/**
 * A started job, followed until it ends (polled while `running`). When it has ended, the lists and
 * accounts are read again: their reminders changed.
 */
export function useBulkReminderJob(started: BulkReminderJob | undefined) {
  const queryClient = useQueryClient();
  const jobId = started?.id ?? '';
  const job = useQuery({
    queryKey: reminderJobKey(jobId),
    queryFn: () => getBulkReminderJob(jobId),
    enabled: Boolean(started),
    initialData: started,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? REMINDER_JOB_POLL_MS : false),
  });
  const ended = job.data && job.data.status !== 'running';
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: accountKeys.all });
  }, [ended, jobId, queryClient]);
  return job;
}
