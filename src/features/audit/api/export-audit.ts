import { api } from '../../../api/client';
import type { ExportFormat } from '../../../components/ExportButtons';
import { saveFileResponse } from '../../../lib/download';
import type { AuditQuery } from './list-audit';

/** The server builds every entry matching the filters (not one page); the browser saves it. */
export async function exportAudit(query: AuditQuery, format: ExportFormat): Promise<void> {
  const { page: _page, pageSize: _size, ...filters } = query;
  await saveFileResponse(
    api.GET('/audit/export', { params: { query: { ...filters, format } }, parseAs: 'blob' }),
    `audit.${format}`,
  );
}
