import Box from '@mui/material/Box';
import { Field } from '../../../../components/Field';
import { StatusLabel } from '../../../../components/StatusLabel';
import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { DeskReport } from './DeskReport';
import { Section, type SectionProps } from './Section';

/** Where the account stands with VNeID: the status, why it is stuck and the next step. */
export function ConversionSection({ account, level }: SectionProps) {
  const t = useT();
  const f = useFormat();
  return (
    <Section
      title={t('accounts.detail.status')}
      level={level}
      beside={<StatusLabel status={account.status} />}
    >
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1.5 }}>
        {account.convertedOn ? (
          <Field label={t('accounts.detail.convertedOn')}>{f.date(account.convertedOn)}</Field>
        ) : null}
        {account.reason ? (
          <>
            <Field label={t('accounts.detail.reason')}>
              {t(`common.reasons.${account.reason}`)}
            </Field>
            <Field label={t('accounts.detail.nextStep')}>
              {t(`accounts.nextSteps.${account.reason}`)}
            </Field>
          </>
        ) : account.status === 'awaiting_guidance' ? (
          <Field label={t('accounts.detail.nextStep')}>{t('accounts.nextSteps.awaiting')}</Field>
        ) : account.status === 'reported_at_desk' ? (
          <Field label={t('accounts.detail.nextStep')}>{t('accounts.nextSteps.reported')}</Field>
        ) : null}
      </Box>
      {account.deskReport ? <DeskReport account={account} /> : null}
    </Section>
  );
}
