import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { VisitOutcome } from '../../../../api/accounts';
import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { Section, type SectionProps } from './Section';

/** What happened to the account, oldest first, with who did it. */
export function HistorySection({ account, level }: SectionProps) {
  const t = useT();
  const f = useFormat();
  return (
    <Section title={t('accounts.detail.history')} level={level}>
      <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
        {account.history.map((e) => {
          const d = e.details ?? {};
          const text = t(`accounts.detail.events.${e.type}`, {
            source: typeof d.source === 'string' ? t(`accounts.sources.${d.source as 'desk'}`) : '',
            channel:
              typeof d.channel === 'string'
                ? t(`accounts.actions.channels.${d.channel as 'sms'}`)
                : '',
            outcome:
              typeof d.outcome === 'string'
                ? t(`common.visit.outcomes.${d.outcome as VisitOutcome}`)
                : '',
          });
          return (
            <li key={e.id}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {f.dateTime(e.at)}
              </Typography>{' '}
              — {text}
              {e.username ? ` ${t('accounts.detail.by', { user: e.username })}` : ''}
              {typeof d.note === 'string' && d.note ? (
                <Typography variant="body2" color="text.secondary">
                  {t('accounts.detail.note', { note: d.note })}
                </Typography>
              ) : null}
              {e.type === 'desk-report-withdrawn' && typeof d.reason === 'string' ? (
                <Typography variant="body2" color="text.secondary">
                  {t('accounts.detail.reasonNote', { reason: d.reason })}
                </Typography>
              ) : null}
            </li>
          );
        })}
      </Box>
    </Section>
  );
}
