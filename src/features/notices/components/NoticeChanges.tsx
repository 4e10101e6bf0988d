import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { diffWords } from 'diff';
import { useMemo } from 'react';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { useT } from '../../../lib/i18n';
import { noticeText } from '../lib/notice-text';
import { NoticeBody } from './NoticeBody';

/**
 * What changed between the previous published revision and this one, word by word: additions
 * underlined, removals struck through, each also named for screen readers; the previous text in full
 * on request.
 */
export function NoticeChanges({
  before,
  after,
  revision,
}: {
  before: string;
  after: string;
  revision: number;
}) {
  const t = useT();
  const parts = useMemo(() => diffWords(noticeText(before), noticeText(after)), [before, after]);
  const added = parts.filter((p) => p.added).length;
  const removed = parts.filter((p) => p.removed).length;
  return (
    <Alert severity="info" sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}>
      <AlertTitle>{t('notices.changes.title', { n: revision })}</AlertTitle>
      <Typography variant="body2">{t('notices.changes.summary', { added, removed })}</Typography>
      <Box
        sx={{
          mt: 1,
          p: 1.5,
          bgcolor: 'background.paper',
          borderRadius: 1,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          '& ins': { bgcolor: '#e3f2e6', color: '#14532d', textDecorationThickness: '2px' },
          '& del': { bgcolor: '#fdecea', color: '#8a1c1c' },
        }}
      >
        {parts.map((p, i) =>
          p.added || p.removed ? (
            <Box key={i} component={p.added ? 'ins' : 'del'}>
              <Box component="span" sx={visuallyHidden}>
                {` ${p.added ? t('notices.changes.added') : t('notices.changes.removed')} `}
              </Box>
              {p.value}
              <Box component="span" sx={visuallyHidden}>
                {` (${t('notices.changes.end')}) `}
              </Box>
            </Box>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </Box>
      <Box component="details" sx={{ mt: 1 }}>
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          {t('notices.changed')}
        </Box>
        <NoticeBody html={before} />
      </Box>
    </Alert>
  );
}
