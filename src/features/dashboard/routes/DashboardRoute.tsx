import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { unitName, useUnits } from '../../../lib/units';
import { useByUnit } from '../api/get-by-unit';
import { useSeries } from '../api/get-series';
import { useSummary } from '../api/get-summary';
import { statsQueryFromParams, type StatsQuery } from '../api/scope';
import { Deadlines } from '../components/Deadlines';
import { downloadCsv, downloadXlsx } from '../components/exportTable';
import { Headline } from '../components/Headline';
import { progressLink } from '../components/links';
import { ProgressChart } from '../components/ProgressChart';
import { Reasons } from '../components/Reasons';
import { UnitTable } from '../components/UnitTable';

/** Province → district → commune, climbing back; a district user starts at their district. */
function ScopeBreadcrumbs({
  scope,
  userDistrict,
}: {
  scope: StatsQuery;
  userDistrict: string | null;
}) {
  const t = useT();
  const units = useUnits();
  const crumbs: { label: string; to: string }[] = [];
  if (!userDistrict) crumbs.push({ label: t('dashboard.province'), to: progressLink({}) });
  const district = scope.district ?? userDistrict ?? undefined;
  if (district)
    crumbs.push({ label: unitName(units.data, district), to: progressLink({ district }) });
  if (scope.commune) {
    crumbs.push({
      label: unitName(units.data, scope.commune),
      to: progressLink({ district, commune: scope.commune }),
    });
  }
  return (
    <Breadcrumbs aria-label={t('dashboard.breadcrumb')} sx={{ displayPrint: 'none' }}>
      {crumbs.map((c, i) =>
        i === crumbs.length - 1 ? (
          <Typography key={c.to} color="text.primary" aria-current="page">
            {c.label}
          </Typography>
        ) : (
          <Link key={c.to} component={RouterLink} to={c.to}>
            {c.label}
          </Link>
        ),
      )}
    </Breadcrumbs>
  );
}

export default function DashboardRoute() {
  const t = useT();
  const f = useFormat();
  const { user } = useSession();
  const [params] = useSearchParams();
  const scope = statsQueryFromParams(params);
  const summary = useSummary(scope);
  const series = useSeries(scope);
  // The table lists the districts (province) or the communes (district); a commune has none below.
  const tableDistrict = scope.district ?? user.scope.districtCode;
  const byUnit = useByUnit(tableDistrict, !scope.commune);

  const actions = byUnit.data ? (
    <>
      <Button
        variant="outlined"
        startIcon={<DownloadOutlined />}
        onClick={() => downloadCsv(t, byUnit.data)}
      >
        {t('dashboard.export.csv')}
      </Button>
      <Button
        variant="outlined"
        startIcon={<DownloadOutlined />}
        onClick={() => void downloadXlsx(t, byUnit.data)}
      >
        {t('dashboard.export.xlsx')}
      </Button>
      <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
        {t('dashboard.export.print')}
      </Button>
    </>
  ) : undefined;

  const title = summary.data
    ? `${t('dashboard.title')} – ${summary.data.scope.name}`
    : t('dashboard.title');

  return (
    <PageContainer
      title={title}
      breadcrumbs={
        <ScopeBreadcrumbs scope={scope} userDistrict={user.scope.districtCode ?? null} />
      }
      actions={
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', displayPrint: 'none' }}>
          {actions}
        </Box>
      }
    >
      <Typography color="text.secondary" sx={{ mt: -1 }}>
        {summary.data ? t('dashboard.asOf', { date: f.date(summary.data.asOf) }) : '\u00a0'}
      </Typography>
      {summary.isError ? (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Headline summary={summary.data} scope={scope} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { lg: '2fr 1fr' } }}>
            <Deadlines summary={summary.data} />
            <Reasons
              summary={summary.data}
              scope={{ ...scope, district: scope.district ?? undefined }}
            />
          </Box>
        </>
      )}
      {series.isError ? (
        <QueryError error={series.error} onRetry={() => void series.refetch()} />
      ) : (
        <ProgressChart series={series.data} />
      )}
      {scope.commune ? null : byUnit.isError ? (
        <QueryError error={byUnit.error} onRetry={() => void byUnit.refetch()} />
      ) : (
        <UnitTable
          rows={byUnit.data?.rows}
          districtCode={tableDistrict}
          title={
            tableDistrict ? t('dashboard.units.titleCommunes') : t('dashboard.units.titleDistricts')
          }
        />
      )}
    </PageContainer>
  );
}
