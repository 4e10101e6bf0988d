import { api } from '../../../api/client';
import type { Lang } from '../../../lib/i18n';
import { saveFileResponse } from '../../../lib/download';
import type { AccountListQuery } from './list-accounts';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportOptions {
  /** In the user's language: the file's statements, headings and labels. */
  lang: Lang;
  /** Masked unless full numbers are chosen (roles that may reveal them, with a reason). */
  numbers?: 'masked' | 'full';
  fullNumbersReason?: string;
}

/** The server builds the whole filtered set; the browser saves what it sends. */
export async function exportAccounts(
  query: AccountListQuery,
  format: ExportFormat,
  { lang, numbers = 'masked', fullNumbersReason }: ExportOptions,
): Promise<void> {
  const { page: _page, pageSize: _size, ...filters } = query;
  await saveFileResponse(
    api.GET('/accounts/export', {
      params: {
        query: {
          ...filters,
          format,
          lang,
          ...(numbers === 'full' ? { numbers, fullNumbersReason } : {}),
        },
      },
      parseAs: 'blob',
    }),
    `accounts.${format}`,
  );
}
