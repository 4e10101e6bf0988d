import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useOpenCitizenForm } from '../api/open-citizen-form';
import { usePolicyState } from '../api/policy-state';
import { CitizenForm } from '../components/CitizenForm';
import { OrganisationForm } from '../components/OrganisationForm';
import { RemovalSources } from '../components/RemovalSources';
import { RemovedNotice } from '../components/RemovedNotice';

type Kind = 'organisation' | 'citizen';

/** Where the citizen option used to be: the way to the counter guide. */
function GuideInstead({ since }: { since: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="instead-title" sx={{ p: 2 }}>
      <Typography id="instead-title" variant="h6" component="h2">
        {t('policy.replaced.title')}
      </Typography>
      <Typography sx={{ mt: 1 }}>{t('policy.replaced.body', { date: f.date(since) })}</Typography>
      <RemovalSources />
      <Link
        component={RouterLink}
        to={paths.guide}
        sx={{ fontWeight: 600, display: 'inline-block', mt: 1 }}
      >
        {t('policy.replaced.link')}
      </Link>
    </Paper>
  );
}

export default function NewAccountRoute() {
  const t = useT();
  const { query, state } = usePolicyState();
  const [params, setParams] = useSearchParams();
  // Once citizen accounts are no longer created here, the page creates organisation accounts only.
  const title = state?.citizenCreationRemoved ? t('policy.newTitleOrg') : t('policy.newTitle');
  const asked: Kind = params.get('kind') === 'citizen' ? 'citizen' : 'organisation';
  // A visit to the old citizen form's address after the removal is an attempt the server audits.
  useOpenCitizenForm(asked === 'citizen' && !!state?.citizenCreationRemoved);

  if (query.isError) {
    return (
      <PageContainer title={title}>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </PageContainer>
    );
  }
  if (!state) {
    return (
      <PageContainer title={title}>
        <Skeleton variant="rounded" height={420} />
      </PageContainer>
    );
  }

  if (state.citizenCreationRemoved) {
    // The old citizen form's address: the function is gone for every role.
    if (asked === 'citizen') {
      return (
        <PageContainer title={title}>
          <RemovedNotice since={state.removedSince} basis={state.removedBasis} />
        </PageContainer>
      );
    }
    return (
      <PageContainer title={title}>
        <GuideInstead since={state.removedSince} />
        <OrganisationForm validUntil={state.organisationValidUntil} />
      </PageContainer>
    );
  }

  return (
    <PageContainer title={title}>
      <FormControl>
        <FormLabel id="kind-label">{t('policy.kind.label')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="kind-label"
          value={asked}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value === 'citizen') next.set('kind', 'citizen');
            else next.delete('kind');
            setParams(next, { replace: true });
          }}
        >
          <FormControlLabel
            value="organisation"
            control={<Radio />}
            label={t('policy.kind.organisation')}
          />
          <FormControlLabel value="citizen" control={<Radio />} label={t('policy.kind.citizen')} />
        </RadioGroup>
      </FormControl>
      {asked === 'citizen' ? (
        <CitizenForm removedSince={state.removedSince} />
      ) : (
        <OrganisationForm validUntil={state.organisationValidUntil} />
      )}
    </PageContainer>
  );
}
