import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { saveFileResponse } from '../../../lib/download';
import type { AccountListQuery } from './list-accounts';

export type ExportFormat = 'csv' | 'xlsx';

/** The server builds the whole filtered set; the browser saves what it sends. */
export async function exportAccounts(query: AccountListQuery, format: ExportFormat): Promise<void> {
  const { page: _page, pageSize: _size, ...filters } = query;
  await saveFileResponse(
    api.GET('/accounts/export', {
      params: { query: { ...filters, format } },
      parseAs: 'blob',
    }),
    `accounts.${format}`,
  );
}

export function useExportAccounts() {
  return useMutation({
    mutationFn: ({ query, format }: { query: AccountListQuery; format: ExportFormat }) =>
      exportAccounts(query, format),
  });
}
