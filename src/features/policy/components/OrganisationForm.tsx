import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/errors';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { unitName, useUnits } from '../../../lib/units';
import {
  useCreateOrganisationAccount,
  type CreatedAccount,
  type OrganisationAccountRequest,
} from '../api/create-organisation';
import { focusFirstError, serverErrors, type Errors } from './formErrors';
import { UnitPicker } from './UnitPicker';

const fields = [
  'taxCode',
  'name',
  'address',
  'district',
  'communeCode',
  'email',
  'repName',
  'repId',
  'repPhone',
] as const;
type Field = (typeof fields)[number];
type Values = Record<Field, string>;

const empty: Values = {
  taxCode: '',
  name: '',
  address: '',
  district: '',
  communeCode: '',
  email: '',
  repName: '',
  repId: '',
  repPhone: '',
};

const fieldOfPath: Record<string, Field> = {
  taxCode: 'taxCode',
  name: 'name',
  address: 'address',
  communeCode: 'communeCode',
  email: 'email',
  'representative.name': 'repName',
  'representative.identityNumber': 'repId',
  'representative.phone': 'repPhone',
};

const draftKey = (username: string) => `vneid.org-account-draft.${username}`;

/** A draft in sessionStorage survives a reload or a sign-in after an expired session. */
function readDraft(username: string): Values | null {
  try {
    const raw = sessionStorage.getItem(draftKey(username));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const out = { ...empty };
    for (const f of fields) {
      const v = (parsed as Record<string, unknown>)[f];
      if (typeof v === 'string') out[f] = v.slice(0, 300);
    }
    return out;
  } catch {
    return null;
  }
}

function validate(v: Values, t: ReturnType<typeof useT>): Errors<Field> {
  const e: Errors<Field> = {};
  const required = t('errors.field.required');
  if (!v.taxCode.trim()) e.taxCode = required;
  else if (!/^\d{10}(-\d{3})?$/.test(v.taxCode.trim())) e.taxCode = t('policy.invalid.taxCode');
  if (!v.name.trim()) e.name = required;
  if (!v.address.trim()) e.address = required;
  if (!v.communeCode) e.communeCode = required;
  if (v.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim()))
    e.email = t('policy.invalid.email');
  if (!v.repName.trim()) e.repName = required;
  if (!v.repId.trim()) e.repId = required;
  else if (!/^\d{12}$/.test(v.repId.trim())) e.repId = t('policy.invalid.cccd');
  if (!v.repPhone.trim()) e.repPhone = required;
  else if (!/^0\d{9}$/.test(v.repPhone.trim())) e.repPhone = t('policy.invalid.phone');
  return e;
}

function toBody(v: Values): OrganisationAccountRequest {
  return {
    taxCode: v.taxCode.trim(),
    name: v.name.trim(),
    address: v.address.trim(),
    communeCode: v.communeCode,
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    representative: {
      name: v.repName.trim(),
      identityNumber: v.repId.trim(),
      phone: v.repPhone.trim(),
    },
  };
}

function Created({ account, onAgain }: { account: CreatedAccount; onAgain: () => void }) {
  const t = useT();
  const f = useFormat();
  const units = useUnits();
  return (
    <Alert
      severity="success"
      action={
        <Button color="inherit" size="small" onClick={onAgain}>
          {t('policy.org.another')}
        </Button>
      }
    >
      <Typography sx={{ fontWeight: 600 }}>
        {t('policy.org.created', { id: account.id, name: account.displayName })}
      </Typography>
      <Typography variant="body2">
        {t('policy.org.createdDetail', {
          taxCode: account.taxCode ?? '',
          user: account.createdBy,
          date: f.date(account.createdOn),
        })}
      </Typography>
      <Typography variant="body2">
        {unitName(units.data, account.communeCode)}, {unitName(units.data, account.districtCode)}
      </Typography>
    </Alert>
  );
}

export function OrganisationForm({ validUntil }: { validUntil: string }) {
  const t = useT();
  const f = useFormat();
  const { user } = useSession();
  const create = useCreateOrganisationAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const [restored] = useState(() => readDraft(user.username));
  const [values, setValues] = useState<Values>(restored ?? empty);
  const [clientErrors, setClientErrors] = useState<Errors<Field>>({});
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  useEffect(() => {
    try {
      if (Object.values(values).some(Boolean)) {
        sessionStorage.setItem(draftKey(user.username), JSON.stringify(values));
      } else {
        sessionStorage.removeItem(draftKey(user.username));
      }
    } catch {
      // Storage unavailable: the form still works, only without a draft.
    }
  }, [values, user.username]);

  const special = {
    scope: 'communeCode',
    scopeText: t('policy.invalid.scope'),
    duplicate: 'taxCode',
    duplicateText: t('policy.invalid.duplicate'),
  } as const;
  const fromServer = serverErrors(t, create.error, fieldOfPath, special);
  const errors: Errors<Field> = { ...fromServer, ...clientErrors };
  const set = (field: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
  };
  const idOf = (field: Field) => `org-${field}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate(values, t);
    setClientErrors(found);
    const invalid = fields.filter((x) => found[x]);
    if (invalid.length) {
      focusFirstError(formRef.current, invalid.map(idOf));
      return;
    }
    create.mutate(toBody(values), {
      onSuccess: (account) => {
        setCreated(account);
        setValues(empty);
      },
      onError: (error) => {
        const server = serverErrors(t, error, fieldOfPath, special);
        focusFirstError(formRef.current, fields.filter((x) => server[x]).map(idOf));
      },
    });
  };

  if (created) {
    return (
      <Created
        account={created}
        onAgain={() => {
          setCreated(null);
          create.reset();
        }}
      />
    );
  }

  const field = (
    name: Field,
    label: string,
    extra: { help?: string; required?: boolean } = {},
  ) => ({
    id: idOf(name),
    name,
    label,
    value: values[name],
    onChange: set(name),
    error: !!errors[name],
    helperText: errors[name] ?? extra.help,
    required: extra.required ?? true,
    fullWidth: true,
  });

  const otherError =
    create.error && !(isApiError(create.error) && Object.keys(fromServer).length > 0)
      ? create.error
      : null;

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="org-title"
      sx={{ p: { xs: 2, sm: 3 }, display: 'grid', gap: 2 }}
    >
      <Typography id="org-title" variant="h6" component="h2">
        {t('policy.org.title')}
      </Typography>
      <Typography color="text.secondary">{t('policy.org.intro')}</Typography>
      {restored && Object.values(restored).some(Boolean) ? (
        <Alert severity="info">{t('policy.org.draftRestored')}</Alert>
      ) : null}
      <Box
        component="form"
        ref={formRef}
        noValidate
        onSubmit={submit}
        aria-labelledby="org-title"
        sx={{ display: 'grid', gap: 3 }}
      >
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}>
          <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
            {t('policy.org.organisation')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 2fr' } }}>
            <TextField
              {...field('taxCode', t('policy.org.taxCode'), { help: t('policy.org.taxCodeHelp') })}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 14 } }}
            />
            <TextField
              {...field('name', t('policy.org.name'))}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          </Box>
          <TextField
            {...field('address', t('policy.org.address'))}
            slotProps={{ htmlInput: { maxLength: 300 } }}
          />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
            <UnitPicker
              idPrefix="org"
              district={values.district}
              commune={values.communeCode}
              communeError={errors.communeCode}
              onChange={({ district, commune }) => {
                setValues((v) => ({ ...v, district, communeCode: commune }));
                setClientErrors((c) => ({ ...c, communeCode: undefined }));
              }}
            />
          </Box>
          <TextField
            {...field('email', t('policy.org.email'), { required: false })}
            type="email"
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
        </Box>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}>
          <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
            {t('policy.org.representative')}
          </Typography>
          <TextField
            {...field('repName', t('policy.org.repName'))}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
            <TextField
              {...field('repId', t('policy.org.repId'), { help: t('policy.org.repIdHelp') })}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 12 } }}
            />
            <TextField
              {...field('repPhone', t('policy.org.repPhone'), { help: t('policy.org.phoneHelp') })}
              type="tel"
              slotProps={{ htmlInput: { maxLength: 10 } }}
            />
          </Box>
        </Box>
        {otherError ? <QueryError error={otherError} /> : null}
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {create.isPending ? t('policy.org.submitting') : t('policy.org.submit')}
          </Button>
          <Button
            type="button"
            onClick={() => {
              setValues(empty);
              setClientErrors({});
              create.reset();
            }}
          >
            {t('policy.org.clearDraft')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('policy.org.validUntil', { date: f.date(validUntil) })}
        </Typography>
      </Box>
    </Paper>
  );
}
