import PushPinOutlined from '@mui/icons-material/PushPinOutlined';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { NoticeSummary } from '../api/list-notices';

/** Status chips: each with text, so colour is never the only signal. */
export function NoticeChips({ notice }: { notice: NoticeSummary }) {
  const t = useT();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" variant="outlined" label={t(`notices.docType.${notice.docType}`)} />
      {notice.status !== 'published' && (
        <Chip size="small" color="default" label={t(`notices.${notice.status}`)} />
      )}
      {notice.status === 'published' && notice.addressedToMe && (
        <Chip
          size="small"
          color={notice.confirmed ? 'success' : 'warning'}
          variant={notice.confirmed ? 'outlined' : 'filled'}
          label={notice.confirmed ? t('notices.read') : t('notices.unread')}
        />
      )}
      {notice.pinned && (
        <Chip size="small" icon={<PushPinOutlined />} label={t('notices.pinned')} />
      )}
      {notice.revision > 1 && (
        <Chip
          size="small"
          variant="outlined"
          label={t('notices.revision', { n: notice.revision })}
        />
      )}
    </Stack>
  );
}

export function useValidity() {
  const t = useT();
  const f = useFormat();
  return (n: NoticeSummary) =>
    n.effectiveUntil
      ? t('notices.validityUntil', {
          from: f.date(n.effectiveFrom),
          until: f.date(n.effectiveUntil),
        })
      : t('notices.validity', { from: f.date(n.effectiveFrom) });
}
