import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { IMPORT_FIELDS } from '../../../lib/import/fields';
import { useMapImport, type ImportField, type ImportJob } from '../api/imports';

/** The file's columns, what each is read as, and a hand mapping for the others. */
export function ColumnMapping({ job }: { job: ImportJob }) {
  const t = useT();
  const map = useMapImport();
  const [fields, setFields] = useState<(ImportField | null)[]>(() =>
    job.columns.map((c) => c.field),
  );
  const changed = fields.some((f, i) => f !== job.columns[i]?.field);
  const taken = fields.filter(Boolean);
  const duplicate = new Set(taken).size !== taken.length;
  const options = [
    { value: '', label: t('imports.mapping.ignore') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`imports.fields.${f}`) })),
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
      <Typography variant="h2" sx={{ fontSize: '1.25rem' }}>
        {t('imports.mapping.title')}
      </Typography>
      <TableContainer>
        <Table size="small">
          <caption>{t('imports.mapping.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableCell>{t('imports.mapping.column')}</TableCell>
              <TableCell>{t('imports.mapping.heading')}</TableCell>
              <TableCell>{t('imports.mapping.field')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {job.columns.map((c, i) => (
              <TableRow key={c.index}>
                <TableCell>{c.letter}</TableCell>
                <TableCell>{c.heading}</TableCell>
                <TableCell>
                  <select
                    aria-label={`${t('imports.mapping.field')}: ${c.letter} ${c.heading}`}
                    value={fields[i] ?? ''}
                    onChange={(e) => {
                      const next = [...fields];
                      next[i] = (e.target.value || null) as ImportField | null;
                      setFields(next);
                    }}
                    style={{ font: 'inherit', padding: '4px' }}
                  >
                    {options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {c.field && c.recognised && fields[i] === c.field
                      ? t('imports.mapping.recognised')
                      : fields[i]
                        ? t('imports.mapping.byHand')
                        : ''}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {duplicate && <Typography color="error">{t('imports.mapping.duplicate')}</Typography>}
      <div>
        <Button
          variant="outlined"
          disabled={!changed || duplicate || map.isPending}
          onClick={() =>
            map.mutate({
              id: job.id,
              columns: job.columns.map((c, i) => ({ index: c.index, field: fields[i] ?? null })),
            })
          }
        >
          {t('imports.mapping.apply')}
        </Button>
      </div>
    </Paper>
  );
}
