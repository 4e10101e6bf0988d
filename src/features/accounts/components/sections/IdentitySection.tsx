import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Field } from '../../../../components/Field';
import { QueryError } from '../../../../components/QueryError';
import { useFormat } from '../../../../lib/format';
import { useI18n, useT } from '../../../../lib/i18n';
import { unitName, useUnits } from '../../../../lib/units';
import { useRevealAccount } from '../../api/reveal-account';
import { Section, type SectionProps } from './Section';

/** Who the account is: numbers (masked until revealed), kind, unit, source and dates. */
export function IdentitySection({ account, level }: SectionProps) {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  const reveal = useRevealAccount();
  const numbers = reveal.data;
  return (
    <Section title={t('accounts.detail.identity')} level={level}>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: 'repeat(3, 1fr)' },
        }}
      >
        <Field label={t('accounts.detail.idNumber')}>
          <span style={{ fontFamily: 'monospace' }}>
            {(numbers ? numbers.identityNumber : account.identityNumberMasked) ??
              t('accounts.detail.none')}
          </span>
        </Field>
        <Field label={t('accounts.detail.phone')}>
          <span style={{ fontFamily: 'monospace' }}>
            {(numbers ? numbers.phone : account.phoneMasked) ?? t('accounts.detail.none')}
          </span>
        </Field>
        <Field label={t('accounts.detail.kind')}>{t(`common.kinds.${account.kind}`)}</Field>
        {account.birthYear ? (
          <Field label={t('accounts.detail.birthYear')}>{account.birthYear}</Field>
        ) : null}
        <Field label={t('accounts.detail.nationality')}>
          <CountryName code={account.nationality} />
        </Field>
        <Field label={t('accounts.detail.unit')}>
          {unitName(units.data, account.communeCode)}, {unitName(units.data, account.districtCode)}
        </Field>
        <Field label={t('accounts.detail.source')}>{t(`accounts.sources.${account.source}`)}</Field>
        <Field label={t('accounts.detail.registered')}>{f.date(account.registeredOn)}</Field>
        <Field label={t('accounts.detail.lastSeen')}>{f.date(account.lastSeenOn)}</Field>
      </Box>
      {account.canReveal && !numbers ? (
        <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            startIcon={<VisibilityOutlined />}
            onClick={() => reveal.mutate(account.id)}
            disabled={reveal.isPending}
          >
            {t('accounts.detail.reveal')}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {t('accounts.detail.revealNote')}
          </Typography>
        </Stack>
      ) : null}
      {reveal.error ? <QueryError error={reveal.error} /> : null}
    </Section>
  );
}

/** A country code ("VN") as its name in the user's language ("Việt Nam"), not the bare code. */
function CountryName({ code }: { code: string }) {
  const { lang } = useI18n();
  let name = code;
  try {
    name = new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    // Not a region code: shown as it is.
  }
  return <>{name}</>;
}
