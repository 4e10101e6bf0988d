import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ApiError, problemTypes } from '../../../api/errors';
import { downloadBlob } from '../../../lib/download';
import type { AccountListQuery } from './list-accounts';

export type ExportFormat = 'csv' | 'xlsx';

/** The server builds the whole filtered set; the browser saves what it sends. */
export async function exportAccounts(query: AccountListQuery, format: ExportFormat): Promise<void> {
  const { page: _page, pageSize: _size, ...filters } = query;
  const { data, response } = await api.GET('/accounts/export', {
    params: { query: { ...filters, format } },
    parseAs: 'blob',
  });
  if (!(data instanceof Blob)) {
    throw new ApiError({
      type: problemTypes.badResponse,
      title: 'Unexpected response',
      status: response.status,
    });
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  downloadBlob(name ?? `accounts.${format}`, data);
}

export function useExportAccounts() {
  return useMutation({
    mutationFn: ({ query, format }: { query: AccountListQuery; format: ExportFormat }) =>
      exportAccounts(query, format),
  });
}
