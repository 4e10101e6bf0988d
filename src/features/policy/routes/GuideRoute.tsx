import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { useT } from '../../../lib/i18n';
import { useCan } from '../../../lib/session';
import { CitizenHandout } from '../components/CitizenHandout';
import { GuideAccount } from '../components/GuideAccount';
import { GuideSteps } from '../components/GuideSteps';

const ACCOUNT_ID = /^TK\d{7}$/;

/**
 * Printed, the page is a one-page A4 handout written to the citizen (CitizenHandout): nothing of
 * the desk.
 */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4', margin: '12mm 14mm' },
        body: { fontSize: '10.5pt' },
        '#page-title': { display: 'none' },
      },
    }}
  />
);

export default function GuideRoute() {
  const t = useT();
  const canSearch = useCan('accounts:view');
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').slice(0, 100);
  const rawId = params.get('account');
  const accountId = rawId && ACCOUNT_ID.test(rawId) ? rawId : null;

  // The search and the chosen account live in the URL: a reload keeps the account open.
  const update = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return (
    <PageContainer
      title={t('policy.guideTitle')}
      actions={
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          onClick={() => window.print()}
          sx={{ displayPrint: 'none' }}
        >
          {t('policy.guide.print')}
        </Button>
      }
    >
      {printStyles}
      <Typography sx={{ displayPrint: 'none' }}>{t('policy.guide.intro')}</Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
          alignItems: 'start',
          '@media print': { display: 'block' },
        }}
      >
        <Box sx={{ displayPrint: 'none' }}>
          <GuideSteps />
        </Box>
        {canSearch ? (
          <Box sx={{ displayPrint: 'none' }}>
            <GuideAccount
              q={q}
              accountId={accountId}
              onSearch={(text) => update({ q: text || null, account: null })}
              onChoose={(id) => update({ account: id })}
            />
          </Box>
        ) : null}
      </Box>
      <CitizenHandout />
    </PageContainer>
  );
}
