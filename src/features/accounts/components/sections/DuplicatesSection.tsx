import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { QueryError } from '../../../../components/QueryError';
import { StatusLabel } from '../../../../components/StatusLabel';
import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { useCan } from '../../../../lib/session';
import { useMergeAccounts } from '../../api/clean-account';
import { Section, type SectionProps } from './Section';

/** The account and its duplicates side by side; a system admin keeps one and merges the rest. */
export function DuplicatesSection({ account, level, hrefOf, onMerged }: SectionProps) {
  const t = useT();
  const f = useFormat();
  const canClean = useCan('accounts:clean');
  const merge = useMergeAccounts();
  const all = [account, ...account.duplicates];
  const active = all.filter((d) => d.status !== 'closed' && d.status !== 'merged');
  const [keeping, setKeeping] = useState<string | null>(null);
  const othersThan = (id: string) => active.filter((d) => d.id !== id).map((d) => d.id);
  const merging = keeping ? othersThan(keeping) : [];
  const keep = (id: string) => {
    merge.mutate({ keepId: id, others: othersThan(id) }, { onSuccess: () => onMerged(id) });
  };
  return (
    <Section title={t('accounts.detail.duplicates')} level={level}>
      <ConfirmDialog
        open={keeping !== null}
        danger
        title={t('accounts.clean.mergeTitle')}
        confirmLabel={t('accounts.clean.keep', { id: keeping ?? '' })}
        onConfirm={() => keeping && keep(keeping)}
        onClose={() => setKeeping(null)}
      >
        <Typography>
          {t('accounts.clean.mergeConfirm', { id: keeping ?? '', n: merging.length })}
        </Typography>
      </ConfirmDialog>
      {account.duplicates.length === 0 ? (
        <Typography color="text.secondary">{t('accounts.detail.noDuplicates')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { md: '1fr 1fr' } }}>
          {all.map((d) => (
            <Paper key={d.id} variant="outlined" sx={{ p: 1.5 }}>
              <Link component={RouterLink} to={hrefOf(d.id)} sx={{ fontWeight: 600 }}>
                {d.displayName} ({d.id})
              </Link>
              <Typography variant="body2">
                {t('accounts.detail.idNumber')}:{' '}
                <span style={{ fontFamily: 'monospace' }}>{d.identityNumberMasked}</span>
              </Typography>
              <Typography variant="body2">
                {t('accounts.detail.registered')}: {f.date(d.registeredOn)} ·{' '}
                {t(`accounts.sources.${d.source}`)}
              </Typography>
              <Typography variant="body2">
                {t('accounts.detail.lastSeen')}: {f.date(d.lastSeenOn)}
              </Typography>
              <StatusLabel status={d.status} />
              {canClean && active.length > 1 && active.some((x) => x.id === d.id) ? (
                <Box sx={{ mt: 1 }}>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => setKeeping(d.id)}
                    disabled={merge.isPending}
                  >
                    {t('accounts.clean.keep', { id: d.id })}
                  </Button>
                </Box>
              ) : null}
            </Paper>
          ))}
        </Box>
      )}
      {merge.error ? <QueryError error={merge.error} /> : null}
    </Section>
  );
}
