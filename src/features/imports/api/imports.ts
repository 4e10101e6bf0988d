/**
 * The import operations (issue 19): start (upload), follow, map columns, commit, cancel, the
 * rejected rows as a file, the past snapshots and the latest snapshot's date.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { saveFileResponse } from '../../../lib/download';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportField = components['schemas']['ImportField'];

export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  job: (id: string) => [...importKeys.all, 'job', id] as const,
  latest: () => [...importKeys.all, 'latest'] as const,
};

export function startImport(file: File) {
  return data(
    api.POST('/imports', {
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

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: (job) => queryClient.setQueryData(importKeys.job(job.id), job),
  });
}

/** One import, followed every 300 ms while its file is read. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: () => data(api.GET('/imports/{id}', { params: { path: { id: id! } } })),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'reading' ? 300 : false),
  });
}

function useJobMutation<V>(call: (vars: V) => Promise<ImportJob>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(job.id), job);
      if (job.status === 'committed') void queryClient.invalidateQueries();
    },
  });
}

export const useMapImport = () =>
  useJobMutation(
    ({ id, columns }: { id: string; columns: { index: number; field: ImportField | null }[] }) =>
      data(api.PUT('/imports/{id}/mapping', { params: { path: { id } }, body: { columns } })),
  );

export const useCommitImport = () =>
  useJobMutation(({ id, skipRejected }: { id: string; skipRejected: boolean }) =>
    data(api.POST('/imports/{id}/commit', { params: { path: { id } }, body: { skipRejected } })),
  );

export const useCancelImport = () =>
  useJobMutation((id: string) =>
    data(api.POST('/imports/{id}/cancel', { params: { path: { id } } })),
  );

export function downloadRejected(id: string, lang: 'vi' | 'en', name: string) {
  return saveFileResponse(
    api.GET('/imports/{id}/rejected', {
      params: { path: { id }, query: { lang } },
      parseAs: 'blob',
    }),
    name,
  );
}

export const importListQueryOptions = queryOptions({
  queryKey: importKeys.list(),
  queryFn: () => data(api.GET('/imports')),
});

export const useImportList = () => useQuery(importListQueryOptions);

/** The date of the figures, for everyone who sees them (the dashboard). */
export const useLatestImport = () =>
  useQuery({ queryKey: importKeys.latest(), queryFn: () => data(api.GET('/imports/latest')) });
