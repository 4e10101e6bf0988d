import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { toCsv } from '../../../lib/csv';
import { downloadBlob } from '../../../lib/download';
import { useT } from '../../../lib/i18n';
import { IMPORT_FIELDS, TEMPLATE_HEADINGS } from '../../../lib/import/fields';

/** The template: the headings the import recognises, and one example row. */
export function TemplateButtons() {
  const t = useT();
  const rows = () => [
    IMPORT_FIELDS.map((f) => TEMPLATE_HEADINGS[f]),
    [
      'TK0000001',
      t('imports.template.sampleName'),
      '024190123456',
      '0912345678',
      '05/06/2024',
      t('imports.template.sampleUnit'),
      t('imports.template.sampleKind'),
      t('imports.template.sampleStatus'),
    ],
  ];
  const name = t('imports.template.fileName');
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      <Button
        onClick={() =>
          void import('../../../lib/xlsx').then(({ toXlsx, XLSX_MIME }) =>
            downloadBlob(
              `${name}.xlsx`,
              new Blob([toXlsx('DS', rows()) as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }),
            ),
          )
        }
      >
        {t('imports.template.xlsx')}
      </Button>
      <Button
        onClick={() => downloadBlob(`${name}.csv`, new Blob([toCsv(rows())], { type: 'text/csv' }))}
      >
        {t('imports.template.csv')}
      </Button>
    </Stack>
  );
}
