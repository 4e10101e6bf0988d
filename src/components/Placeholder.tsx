import Alert from '@mui/material/Alert';
import { useT } from '../lib/i18n';
import { PageContainer } from './PageContainer';

/** A route whose page comes in a later issue: reachable, guarded, and honest about it. */
export function Placeholder({ title }: { title: string }) {
  const t = useT();
  return (
    <PageContainer title={title}>
      <Alert severity="info">{t('shell.placeholder')}</Alert>
    </PageContainer>
  );
}
