import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { ApiError, problemTypes } from '../../../api/errors';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useNotice, type Notice } from '../api/get-notice';
import { useUpdateNotice, type NoticeInput } from '../api/notice-actions';
import { NoticeBody } from '../components/NoticeBody';
import { Attachments } from '../components/Attachments';
import { NoticeForm, type NoticeFocus } from '../components/NoticeForm';
import { useNoticeDraft } from '../lib/draft-store';

const AUTOSAVE_MS = 1200;

export function inputOf(n: Notice): NoticeInput {
  return {
    docType: n.docType,
    subject: n.subject,
    bodyHtml: n.bodyHtml,
    number: n.number,
    signerAuthority: n.signerAuthority,
    signerTitle: n.signerTitle,
    signerName: n.signerName,
    recipients: n.recipients,
    related: n.related,
    audience: n.audience,
    pinned: n.pinned,
    effectiveFrom: n.effectiveFrom,
    effectiveUntil: n.effectiveUntil,
  };
}

/** One side of a conflict: a region named by its title. */
function Version({ title, value }: { title: string; value: NoticeInput }) {
  const titleId = useId();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={titleId}
      sx={{ p: 2, minWidth: 0 }}
    >
      <Typography id={titleId} component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
        {title}
      </Typography>
      <Typography sx={{ fontWeight: 500, my: 1 }}>{value.subject}</Typography>
      <NoticeBody html={value.bodyHtml} />
    </Paper>
  );
}

function Editor({ notice }: { notice: Notice }) {
  const t = useT();
  const location = useLocation();
  const [autoFocus] = useState(
    () => (location.state as { focus?: NoticeFocus } | null)?.focus ?? undefined,
  );
  const f = useFormat();
  const save = useUpdateNotice(notice.id);
  const draft = useNoticeDraft(notice.id);
  const [initial] = useState(() => {
    const local = draft.restored;
    return local && JSON.stringify(local.values) !== JSON.stringify(inputOf(notice)) ? local : null;
  });
  const [values, setValues] = useState<NoticeInput>(initial?.values ?? inputOf(notice));
  const [baseVersion, setBaseVersion] = useState(initial?.baseVersion ?? notice.version);
  const [conflict, setConflict] = useState<Notice | null>(
    initial && initial.baseVersion !== notice.version ? notice : null,
  );
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [dirty, setDirty] = useState(initial !== null && initial.baseVersion === notice.version);
  const timer = useRef<number | undefined>(undefined);

  // The values on screen, for a save that ends after they changed again.
  const latest = useRef(values);
  latest.current = values;
  const inFlight = useRef(false);
  const published = notice.status === 'published';

  // One save at a time: a change made while one is on its way is not marked saved when it ends,
  // and a draft saves it next, on the version the first save made.
  const saveNow = useCallback(
    function send(body: NoticeInput, version: number) {
      if (inFlight.current) return;
      inFlight.current = true;
      save.mutate(
        { ...body, baseVersion: version },
        {
          onSuccess: (n) => {
            inFlight.current = false;
            setBaseVersion(n.version);
            setSavedAt(new Date().toISOString());
            if (JSON.stringify(latest.current) === JSON.stringify(body)) {
              setDirty(false);
              draft.clear();
            } else if (!published && latest.current.subject.trim()) {
              send(latest.current, n.version);
            }
          },
          onError: (e) => {
            inFlight.current = false;
            if (e instanceof ApiError && e.status === 409 && e.type === problemTypes.staleVersion)
              setConflict(e.problem.current as Notice);
          },
        },
      );
    },
    [save, draft, published],
  );

  // A published notice changes for its readers only when the editor says so (one revision per
  // save, not one per pause in typing); a draft saves itself.

  // Every change goes to this device at once, and, for a draft, to the server after a pause.
  useEffect(() => {
    if (!dirty || conflict) return;
    draft.save({ values, baseVersion, savedAt: new Date().toISOString() });
    if (published) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (values.subject.trim()) saveNow(values, baseVersion);
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, dirty, conflict]);

  const change = (next: NoticeInput) => {
    setValues(next);
    setDirty(true);
  };

  if (conflict) {
    return (
      <Stack spacing={2}>
        <Alert severity="warning">
          <AlertTitle>{t('notices.form.conflictTitle')}</AlertTitle>
          {t('notices.form.conflictHelp')}
        </Alert>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <Version title={t('notices.form.theirs')} value={inputOf(conflict)} />
          <Version title={t('notices.form.yours')} value={values} />
        </Box>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button
            variant="outlined"
            onClick={() => {
              draft.clear();
              setValues(inputOf(conflict));
              setBaseVersion(conflict.version);
              setDirty(false);
              setConflict(null);
            }}
          >
            {t('notices.form.keepTheirs')}
          </Button>
          <Button
            variant="contained"
            onClick={() => {
              setBaseVersion(conflict.version);
              setConflict(null);
              saveNow(values, conflict.version);
            }}
          >
            {t('notices.form.keepYours')}
          </Button>
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack spacing={2}>
      {initial && <Alert severity="info">{t('notices.form.restored')}</Alert>}
      {published && <Alert severity="info">{t('notices.form.revisionHelp')}</Alert>}
      <NoticeForm value={values} onChange={change} error={save.error} autoFocus={autoFocus} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          variant="contained"
          onClick={() => saveNow(values, baseVersion)}
          disabled={save.isPending}
        >
          {published ? t('notices.form.saveRevision') : t('notices.form.save')}
        </Button>
        <Typography role="status" variant="body2" color="text.secondary">
          {save.isPending
            ? t('notices.form.saving')
            : dirty
              ? t('notices.form.savedLocal')
              : savedAt
                ? t('notices.form.saved', { time: f.dateTime(savedAt) })
                : ''}
        </Typography>
      </Stack>
      {save.isError && !(save.error instanceof ApiError && save.error.status === 409) && (
        <QueryError error={save.error} />
      )}
      <Attachments notice={notice} editable />
    </Stack>
  );
}

export default function NoticeEditRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useNotice(id);
  return (
    <PageContainer
      title={t('notices.edit') + (query.data ? `: ${query.data.subject}` : '')}
      breadcrumbs={
        <Link component={RouterLink} to={paths.notice(id)}>
          {query.data?.subject ?? t('notices.back')}
        </Link>
      }
    >
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton variant="rectangular" height={480} />
      ) : (
        <Editor key={query.data.id} notice={query.data} />
      )}
    </PageContainer>
  );
}
