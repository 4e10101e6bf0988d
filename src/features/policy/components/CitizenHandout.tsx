import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { LazyQrCode } from '../../../components/LazyQrCode';
import { citizens } from '../../../config/citizens';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import type { TKey } from '../../../locales/vi';

/** The handout's steps, written to the citizen (the desk's checklist is written to the officer). */
const steps: readonly { title: TKey; items: readonly TKey[] }[] = [
  {
    title: 'policy.handout.steps.account.title',
    items: ['policy.handout.steps.account.items.a', 'policy.handout.steps.account.items.b'],
  },
  {
    title: 'policy.handout.steps.level2.title',
    items: ['policy.handout.steps.level2.items.a'],
  },
  {
    title: 'policy.handout.steps.link.title',
    items: [
      'policy.handout.steps.link.items.a',
      'policy.handout.steps.link.items.b',
      'policy.handout.steps.link.items.c',
    ],
  },
  {
    title: 'policy.handout.steps.problems.title',
    items: [
      'policy.handout.steps.problems.items.a',
      'policy.handout.steps.problems.items.b',
      'policy.handout.steps.problems.items.c',
      'policy.handout.steps.problems.items.d',
    ],
  },
];

/**
 * The one-page A4 handout the desk prints for the citizen: shown only in print. What to do on
 * VNeID, level 2, the VNeID support line, and a QR code to the public notice.
 */
export function CitizenHandout() {
  const t = useT();
  const noticeUrl = new URL(paths.publicNotice(citizens.handoutNoticeId), window.location.origin)
    .href;
  return (
    <Box
      component="section"
      aria-label={t('policy.handout.title')}
      data-part="handout"
      sx={{ display: 'none', displayPrint: 'block', fontSize: '11pt', color: '#000' }}
    >
      <Typography variant="h5" component="p" sx={{ fontWeight: 700, mb: 1 }}>
        {t('policy.handout.title')}
      </Typography>
      <Typography sx={{ mb: 1.5 }}>{t('policy.handout.intro')}</Typography>
      <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
        {steps.map((step) => (
          <Box component="li" key={step.title} sx={{ breakInside: 'avoid' }}>
            <Typography component="p" sx={{ fontWeight: 700 }}>
              {t(step.title)}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {step.items.map((item) => (
                <Typography component="li" key={item}>
                  {t(item)}
                </Typography>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
      <Box
        sx={{
          display: 'flex',
          gap: 2,
          alignItems: 'center',
          mt: 2,
          pt: 1.5,
          borderTop: '1px solid #000',
          breakInside: 'avoid',
        }}
      >
        <LazyQrCode value={noticeUrl} label={t('policy.handout.qr')} />
        <div>
          <Typography sx={{ fontWeight: 700 }}>
            {t('policy.handout.hotline', { phone: citizens.vneidHotline })}
          </Typography>
          <Typography>{t('policy.handout.qr')}</Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {noticeUrl}
          </Typography>
        </div>
      </Box>
    </Box>
  );
}
