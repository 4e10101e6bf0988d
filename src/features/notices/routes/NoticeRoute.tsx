import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { unitName, useUnits } from '../../../lib/units';
import { useNotice, type Notice } from '../api/get-notice';
import { useNoticeTracking } from '../api/get-tracking';
import {
  useArchiveNotice,
  useConfirmNotice,
  usePublishNotice,
  useRemindNoticeReaders,
} from '../api/notice-actions';
import { Attachments } from '../components/Attachments';
import { NoticeBody } from '../components/NoticeBody';
import { NoticeChanges } from '../components/NoticeChanges';
import { NoticeChips, useValidity } from '../components/NoticeMeta';
import { Addressees, SignatureBlock } from '../components/OfficialDocument';

function Tracking({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const query = useNoticeTracking(id, true);
  const remind = useRemindNoticeReaders(id);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton variant="rectangular" height={160} />;
  const tr = query.data;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="tracking-title" sx={{ p: 2 }}>
      <Typography id="tracking-title" component="h2" variant="h6">
        {t('notices.tracking')}
      </Typography>
      <Typography sx={{ mb: 1 }}>
        {t('notices.trackingTotal', {
          confirmed: f.number(tr.confirmed),
          intended: f.number(tr.intended),
        })}
      </Typography>
      {/* A scrolling region: reachable with the keyboard, and named. */}
      <Box
        role="region"
        tabIndex={0}
        aria-label={t('notices.trackingTable')}
        sx={{ overflowX: 'auto', maxHeight: 360 }}
      >
        <Table size="small" stickyHeader aria-labelledby="tracking-title">
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('notices.unit')}</TableCell>
              <TableCell scope="col" align="right">
                {t('notices.confirmedCol')}
              </TableCell>
              <TableCell scope="col" align="right">
                {t('notices.intendedCol')}
              </TableCell>
              <TableCell scope="col" align="right">
                {t('notices.shareCol')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tr.units.map((u) => (
              <TableRow key={u.unitCode}>
                <TableCell component="th" scope="row">
                  {u.unitName}
                </TableCell>
                <TableCell align="right">{f.number(u.confirmed)}</TableCell>
                <TableCell align="right">{f.number(u.intended)}</TableCell>
                <TableCell align="right">{f.percent(u.confirmed / u.intended)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        {t('notices.pending')}
      </Typography>
      {tr.pending.length === 0 ? (
        <Typography>{t('notices.nobodyPending')}</Typography>
      ) : (
        <Box component="ul" sx={{ mt: 0 }}>
          {tr.pending.map((p) => (
            <li key={p.username}>
              {p.displayName} ({p.username}) · {p.unitName}
            </li>
          ))}
        </Box>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
        <Button
          variant="outlined"
          onClick={() => remind.mutate()}
          disabled={remind.isPending || tr.confirmed >= tr.intended}
        >
          {t('notices.remind')}
        </Button>
        {remind.data && (
          <Typography role="status">
            {t('notices.reminded', { count: remind.data.reminded })}
          </Typography>
        )}
      </Stack>
      {remind.isError && <QueryError error={remind.error} />}
    </Paper>
  );
}

function Details({ notice }: { notice: Notice }) {
  const t = useT();
  const f = useFormat();
  const validity = useValidity();
  const units = useUnits();
  const confirm = useConfirmNotice(notice.id);
  const publish = usePublishNotice(notice.id);
  const archive = useArchiveNotice(notice.id);
  const [askArchive, setAskArchive] = useState(false);
  const isPublic = notice.audience.citizens || notice.audience.businesses;
  const audience = [
    t(`notices.audienceStaff.${notice.audience.staff}`) +
      (notice.audience.staff === 'districts'
        ? ` (${notice.audience.districtCodes.map((c) => unitName(units.data, c)).join(', ')})`
        : ''),
    notice.audience.citizens && t('notices.audienceCitizens'),
    notice.audience.businesses && t('notices.audienceBusinesses'),
  ].filter(Boolean);

  return (
    <Stack spacing={2}>
      <NoticeChips notice={notice} />
      <Typography color="text.secondary">
        {[
          notice.number && `${t('notices.numberLabel')} ${notice.number}`,
          t('notices.issuedBy', { issuer: notice.issuerName, date: f.date(notice.issuedOn) }),
          validity(notice),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" component={RouterLink} to={paths.noticePrint(notice.id)}>
          {t('notices.print')}
        </Button>
        {notice.canEdit && (
          <Button variant="outlined" component={RouterLink} to={paths.noticeEdit(notice.id)}>
            {t('notices.edit')}
          </Button>
        )}
        {notice.canEdit && notice.status === 'draft' && (
          <Button
            variant="contained"
            onClick={() => publish.mutate(undefined)}
            disabled={publish.isPending}
          >
            {t('notices.publish')}
          </Button>
        )}
        {notice.canEdit && notice.status === 'published' && (
          <Button color="inherit" onClick={() => setAskArchive(true)} disabled={archive.isPending}>
            {t('notices.archive')}
          </Button>
        )}
        {isPublic && notice.status === 'published' && (
          <Button component={RouterLink} to={paths.publicNotice(notice.id)}>
            {t('notices.publicLink')}
          </Button>
        )}
      </Stack>
      <ConfirmDialog
        open={askArchive}
        danger
        title={t('notices.archiveTitle')}
        confirmLabel={t('notices.archive')}
        onConfirm={() => {
          setAskArchive(false);
          archive.mutate(undefined);
        }}
        onClose={() => setAskArchive(false)}
      >
        {t('notices.archiveConfirm')}
      </ConfirmDialog>
      {publish.isError && <QueryError error={publish.error} />}
      {archive.isError && <QueryError error={archive.error} />}
      {notice.status === 'archived' && <Alert severity="info">{t('notices.archivedNote')}</Alert>}
      {notice.previousBodyHtml && (
        <NoticeChanges
          before={notice.previousBodyHtml}
          after={notice.bodyHtml}
          revision={notice.revision}
        />
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Addressees notice={notice} />
        <NoticeBody html={notice.bodyHtml} closing />
        <Box sx={{ mt: 2, ml: 'auto', width: { xs: '100%', sm: '50%' } }}>
          <SignatureBlock notice={notice} />
        </Box>
      </Paper>
      <Attachments notice={notice} editable={false} />
      <Box component="dl" sx={{ display: 'grid', gap: 1, m: 0, '& dd': { m: 0 } }}>
        <Typography component="dt" variant="body2" color="text.secondary">
          {t('notices.audience')}
        </Typography>
        <dd>{audience.join(', ')}</dd>
        {notice.related.length > 0 && (
          <>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('notices.related')}
            </Typography>
            <dd>{notice.related.join(', ')}</dd>
          </>
        )}
        {notice.recipients.length > 0 && (
          <>
            <Typography component="dt" variant="body2" color="text.secondary">
              {t('notices.recipients')}
            </Typography>
            <dd>{notice.recipients.join('; ')}</dd>
          </>
        )}
      </Box>
      {notice.status === 'published' &&
        notice.addressedToMe &&
        (notice.confirmed ? (
          <Alert severity="success">{t('notices.confirmed')}</Alert>
        ) : (
          <Alert
            severity="warning"
            action={
              <Button
                variant="contained"
                color="primary"
                onClick={() => confirm.mutate(undefined)}
                disabled={confirm.isPending}
              >
                {t('notices.confirm')}
              </Button>
            }
          >
            {t('notices.notConfirmed')}
          </Alert>
        ))}
      {confirm.isError && <QueryError error={confirm.error} />}
      {notice.canEdit && notice.status === 'published' && <Tracking id={notice.id} />}
    </Stack>
  );
}

export default function NoticeRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useNotice(id);
  return (
    <PageContainer
      title={query.data?.subject ?? t('notices.title')}
      breadcrumbs={
        <Link component={RouterLink} to={paths.notices}>
          {t('notices.back')}
        </Link>
      }
    >
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton variant="rectangular" height={320} />
      ) : (
        <Details notice={query.data} />
      )}
    </PageContainer>
  );
}
