import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { lazy, Suspense, useDeferredValue } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { unitName, useUnits } from '../../../lib/units';
import { useByUnit } from '../api/get-by-unit';
import { useSeries } from '../api/get-series';
import { useSummary } from '../api/get-summary';
import { statsQueryFromParams, type StatsQuery } from '../api/scope';
import { DataAsOf } from '../components/DataAsOf';
import { downloadCsv, downloadXlsx } from '../components/exportTable';
import { Headline } from '../components/Headline';
import { progressLink } from '../components/links';
import { ProgressChart } from '../components/ProgressChart';
import { Reasons } from '../components/Reasons';
import { Situation } from '../components/Situation';
import { UnitTable } from '../components/UnitTable';

/** The printed report: its code loads once the figures are there, not with the page. */
const loadReport = () => import('../components/ProgressReport');
const ProgressReport = lazy(loadReport);

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
  // A single crumb (the user's own top level) says nothing the title does not.
  if (crumbs.length < 2) return null;
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
  const { user } = useSession();
  const [params] = useSearchParams();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const scope = statsQueryFromParams(params);
  const summary = useSummary(scope);
  const series = useSeries(scope);
  // The table lists the districts (province) or the communes (district); a commune has none below.
  const tableDistrict = scope.district ?? user.scope.districtCode;
  const byUnit = useByUnit(tableDistrict, !scope.commune);
  // The figures, chart and table render in interruptible slices as their data arrive (the skeletons
  // stay meanwhile), so the main thread never blocks long on a phone.
  const summaryData = useDeferredValue(summary.data);
  const seriesData = useDeferredValue(series.data);
  const rows = useDeferredValue(byUnit.data?.rows);

  // The buttons are there from the first paint (disabled until the table has come): nothing moves.
  const table = byUnit.data;
  const actions = (
    <>
      <Button
        variant="outlined"
        size={phone ? 'small' : 'medium'}
        startIcon={<DownloadOutlined />}
        disabled={!table}
        onClick={() => table && downloadCsv(t, table)}
      >
        {t('dashboard.export.csv')}
      </Button>
      <Button
        variant="outlined"
        size={phone ? 'small' : 'medium'}
        startIcon={<DownloadOutlined />}
        disabled={!table}
        onClick={() => table && void downloadXlsx(t, table)}
      >
        {t('dashboard.export.xlsx')}
      </Button>
      <Button
        variant="outlined"
        size={phone ? 'small' : 'medium'}
        startIcon={<PrintOutlined />}
        disabled={!summaryData}
        onClick={() => void loadReport().then(() => requestAnimationFrame(() => window.print()))}
      >
        {t('dashboard.export.print')}
      </Button>
    </>
  );

  const title = summaryData
    ? `${t('dashboard.title')} – ${summaryData.scope.name}`
    : t('dashboard.title');

  const unitsTitle = tableDistrict
    ? t('dashboard.units.titleCommunes')
    : t('dashboard.units.titleDistricts');
  // What prints: the report, once its data are there (for a commune, without a unit table).
  const report =
    summaryData && (scope.commune || rows) ? (
      <Suspense fallback={null}>
        <ProgressReport summary={summaryData} rows={scope.commune ? null : (rows ?? null)} />
      </Suspense>
    ) : null;

  return (
    <>
      <Box sx={{ '@media print': { display: 'none' } }}>
        <PageContainer
          title={title}
          breadcrumbs={
            <ScopeBreadcrumbs scope={scope} userDistrict={user.scope.districtCode ?? null} />
          }
          actions={
            <Box
              sx={{
                display: 'flex',
                gap: 1,
                flexWrap: { xs: 'nowrap', sm: 'wrap' },
                displayPrint: 'none',
              }}
            >
              {actions}
            </Box>
          }
        >
          <DataAsOf computedFor={summaryData?.asOf} />
          {summary.isError ? (
            <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
          ) : (
            <Situation
              summary={summaryData}
              rows={scope.commune ? [] : rows}
              scope={scope}
              districtCode={tableDistrict}
            />
          )}
          {scope.commune ? null : byUnit.isError ? (
            <QueryError error={byUnit.error} onRetry={() => void byUnit.refetch()} />
          ) : (
            <UnitTable rows={rows} districtCode={tableDistrict} title={unitsTitle} />
          )}
          {series.isError ? (
            <QueryError error={series.error} onRetry={() => void series.refetch()} />
          ) : (
            <ProgressChart series={seriesData} summary={summaryData} />
          )}
          {summary.isError ? null : (
            <>
              <Headline summary={summaryData} scope={scope} />
              <Reasons
                summary={summaryData}
                scope={{ ...scope, district: scope.district ?? undefined }}
              />
            </>
          )}
        </PageContainer>
      </Box>
      {report}
    </>
  );
}
