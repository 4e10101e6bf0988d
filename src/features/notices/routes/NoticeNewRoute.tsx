import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryError } from '../../../components/QueryError';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useCreateNotice, type NoticeInput } from '../api/notice-actions';
import { emptyNotice, focusedNoticeField, NoticeForm } from '../components/NoticeForm';
import { useNoticeDraft } from '../lib/draft-store';

const AUTOSAVE_MS = 1500;

export default function NoticeNewRoute() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateNotice();
  const draft = useNoticeDraft('new');
  const restored = draft.restored;
  const [values, setValues] = useState<NoticeInput>(restored?.values ?? emptyNotice());
  const [dirty, setDirty] = useState(false);
  const started = useRef(false);

  const createNow = (body: NoticeInput) => {
    if (started.current) return;
    started.current = true;
    create.mutate(body, {
      onSuccess: (n) => {
        draft.clear();
        // The editor page takes over; the caret goes back where the user was typing.
        void navigate(paths.noticeEdit(n.id), {
          replace: true,
          state: { focus: focusedNoticeField() },
        });
      },
      onError: () => {
        started.current = false;
      },
    });
  };

  // Kept on this device at once; created on the server once it has a subject and the typing pauses.
  useEffect(() => {
    if (!dirty) return;
    draft.save({ values, baseVersion: 0, savedAt: new Date().toISOString() });
    const timer = window.setTimeout(() => {
      if (values.subject.trim()) createNow(values);
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, dirty]);

  return (
    <PageContainer
      title={t('notices.newNotice')}
      breadcrumbs={
        <Link component={RouterLink} to={paths.notices}>
          {t('notices.back')}
        </Link>
      }
    >
      <Stack spacing={2}>
        {restored && <Alert severity="info">{t('notices.form.restored')}</Alert>}
        <NoticeForm
          value={values}
          onChange={(v) => {
            setValues(v);
            setDirty(true);
          }}
          error={create.error}
        />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => createNow(values)} disabled={create.isPending}>
            {t('notices.form.save')}
          </Button>
          <Typography role="status" variant="body2" color="text.secondary">
            {create.isPending
              ? t('notices.form.saving')
              : dirty
                ? t('notices.form.savedLocal')
                : ''}
          </Typography>
        </Stack>
        {create.isError && <QueryError error={create.error} />}
      </Stack>
    </PageContainer>
  );
}
