import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError, problemTypes } from '../../../api/errors';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCreateCitizenAccount } from '../api/create-citizen';
import type { CreatedAccount } from '../api/create-organisation';
import { focusFirstError, serverErrors, type Errors } from './formErrors';
import { RemovalSources } from './RemovalSources';
import { UnitPicker } from './UnitPicker';

const fields = ['fullName', 'identityNumber', 'birthDate', 'phone', 'communeCode'] as const;
type Field = (typeof fields)[number];
const fieldOfPath: Record<string, Field> = Object.fromEntries(fields.map((f) => [f, f]));

/**
 * The old desk form for a citizen account. Shown only while the removal rule is not in force; if the
 * server says it is gone meanwhile, the page follows the rules again (see create-citizen.ts).
 */
export function CitizenForm({ removedSince }: { removedSince: string }) {
  const t = useT();
  const f = useFormat();
  const create = useCreateCitizenAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({
    fullName: '',
    identityNumber: '',
    birthDate: '',
    phone: '',
    communeCode: '',
  });
  const [district, setDistrict] = useState('');
  const [clientErrors, setClientErrors] = useState<Errors<Field>>({});
  const [created, setCreated] = useState<CreatedAccount | null>(null);
  const errors = {
    ...serverErrors(t, create.error, fieldOfPath, {
      scope: 'communeCode',
      scopeText: t('policy.invalid.scope'),
    }),
    ...clientErrors,
  };
  const set = (field: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    setClientErrors((c) => ({ ...c, [field]: undefined }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Errors<Field> = {};
    const required = t('errors.field.required');
    if (!values.fullName.trim()) found.fullName = required;
    if (!/^\d{12}$/.test(values.identityNumber.trim()))
      found.identityNumber = t('policy.invalid.cccd');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate))
      found.birthDate = t('policy.invalid.birthDate');
    if (!/^0\d{9}$/.test(values.phone.trim())) found.phone = t('policy.invalid.phone');
    if (!values.communeCode) found.communeCode = required;
    setClientErrors(found);
    const invalid = fields.filter((x) => found[x]);
    if (invalid.length) {
      focusFirstError(
        formRef.current,
        invalid.map((x) => `cit-${x}`),
      );
      return;
    }
    create.mutate(
      {
        fullName: values.fullName.trim(),
        identityNumber: values.identityNumber.trim(),
        birthDate: values.birthDate,
        phone: values.phone.trim(),
        communeCode: values.communeCode,
      },
      { onSuccess: setCreated },
    );
  };

  if (created) {
    return (
      <Alert severity="success">
        {t('policy.citizen.created', { id: created.id, name: created.displayName })}
      </Alert>
    );
  }

  const field = (name: Field, label: string) => ({
    id: `cit-${name}`,
    name,
    label,
    value: values[name],
    onChange: set(name),
    error: !!errors[name],
    helperText: errors[name],
    required: true,
    fullWidth: true,
  });
  const gone = isApiError(create.error) && create.error.type === problemTypes.gone;

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="cit-title"
      sx={{ p: { xs: 2, sm: 3 }, display: 'grid', gap: 2 }}
    >
      <Typography id="cit-title" variant="h6" component="h2">
        {t('policy.citizen.title')}
      </Typography>
      <Alert severity="warning">
        {t('policy.citizen.intro', { date: f.date(removedSince) })}
        <RemovalSources />
      </Alert>
      <Box
        component="form"
        ref={formRef}
        noValidate
        onSubmit={submit}
        aria-labelledby="cit-title"
        sx={{ display: 'grid', gap: 2 }}
      >
        <TextField {...field('fullName', t('policy.citizen.fullName'))} />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr 1fr' } }}>
          <TextField
            {...field('identityNumber', t('policy.citizen.identityNumber'))}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 12 } }}
          />
          <TextField
            {...field('birthDate', t('policy.citizen.birthDate'))}
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            {...field('phone', t('policy.citizen.phone'))}
            type="tel"
            slotProps={{ htmlInput: { maxLength: 10 } }}
          />
        </Box>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
          <UnitPicker
            idPrefix="cit"
            district={district}
            commune={values.communeCode}
            communeError={errors.communeCode}
            onChange={(next) => {
              setDistrict(next.district);
              setValues((v) => ({ ...v, communeCode: next.commune }));
            }}
          />
        </Box>
        {create.error && !gone && Object.keys(errors).length === 0 ? (
          <QueryError error={create.error} />
        ) : null}
        <div>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {t('policy.citizen.submit')}
          </Button>
        </div>
      </Box>
    </Paper>
  );
}
