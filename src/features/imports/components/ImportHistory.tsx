import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useImportList } from '../api/imports';

/** Every committed import, newest first: a dated snapshot each. */
export function ImportHistory() {
  const t = useT();
  const fmt = useFormat();
  const list = useImportList();
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
        {t('imports.history.title')}
      </Typography>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Typography>{t('imports.history.empty')}</Typography>
      )}
      {list.data && list.data.items.length > 0 && (
        <TableContainer>
          <Table size="small">
            <caption>{t('imports.history.caption')}</caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('imports.history.asOf')}</TableCell>
                <TableCell>{t('imports.history.at')}</TableCell>
                <TableCell>{t('imports.history.by')}</TableCell>
                <TableCell>{t('imports.history.file')}</TableCell>
                <TableCell>{t('imports.history.counts')}</TableCell>
                <TableCell>{t('imports.history.sha256')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{fmt.date(s.asOf)}</TableCell>
                  <TableCell>{fmt.dateTime(s.importedAt)}</TableCell>
                  <TableCell>{s.importedBy}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-word' }}>
                    {s.fileName} ({fmt.number(s.size)} B)
                  </TableCell>
                  <TableCell>
                    {[
                      s.counts.rowsRead,
                      s.counts.new,
                      s.counts.changed,
                      s.counts.unchanged,
                      s.counts.rejected,
                    ]
                      .map(fmt.number)
                      .join(' / ')}
                  </TableCell>
                  <TableCell>
                    <code title={s.sha256}>{s.sha256.slice(0, 12)}…</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
