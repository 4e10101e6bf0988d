import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useController, useForm, type FieldErrors } from 'react-hook-form';
import { isApiError, problemTypes } from '../../../api/errors';
import { citizenAccountRequest } from '../../../api/field-rules.gen';
import { QueryError } from '../../../components/QueryError';
import { fieldRule, type FieldRule } from '../../../lib/field-rules';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCreateCitizenAccount, type CitizenAccountRequest } from '../api/create-citizen';
import type { CreatedAccount } from '../api/create-organisation';
import {
  clientMessages,
  contractValidator,
  focusFirstError,
  serverErrors,
  type Errors,
} from './formErrors';
import { RemovalSources } from './RemovalSources';
import { UnitPicker } from './UnitPicker';

/** The fields of the body, in the form's order; the district only narrows the communes. */
const fields = ['fullName', 'identityNumber', 'birthDate', 'phone', 'communeCode'] as const;
type Field = (typeof fields)[number];
type Values = Record<Field | 'district', string>;
const fieldOfPath: Record<string, Field> = Object.fromEntries(fields.map((f) => [f, f]));

/** The contract's rules for each field (src/api/openapi.yaml, CitizenAccountRequest). */
const rules = Object.fromEntries(
  fields.map((f) => [f, fieldRule(citizenAccountRequest, f)]),
) as Record<Field, FieldRule>;

/** What a value that does not have the contract's form is told, by field. */
const invalidText = {
  identityNumber: 'policy.invalid.cccd',
  birthDate: 'policy.invalid.birthDate',
  phone: 'policy.invalid.phone',
} as const satisfies Partial<Record<Field, string>>;

const empty: Values = {
  fullName: '',
  identityNumber: '',
  birthDate: '',
  phone: '',
  district: '',
  communeCode: '',
};

function toBody(v: Values): CitizenAccountRequest {
  return {
    fullName: v.fullName.trim(),
    identityNumber: v.identityNumber.trim(),
    birthDate: v.birthDate,
    phone: v.phone.trim(),
    communeCode: v.communeCode,
  };
}

/**
 * The old desk form for a citizen account. Shown only while the removal rule is not in force; if the
 * server says it is gone meanwhile, the page follows the rules again (see create-citizen.ts). It
 * keeps no draft: what it holds (a CCCD, a date of birth) is not left on a shared desk computer.
 */
export function CitizenForm({ removedSince }: { removedSince: string }) {
  const t = useT();
  const f = useFormat();
  const create = useCreateCitizenAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    defaultValues: empty,
    // Checked on submit only; a field's error goes when it is edited (see `field`).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { register, handleSubmit, clearErrors } = form;
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  const validate = contractValidator(t, rules, invalidText);
  const district = useController({ control: form.control, name: 'district' });
  const commune = useController({
    control: form.control,
    name: 'communeCode',
    rules: { validate: validate('communeCode') },
  });

  const errors: Errors<Field> = {
    ...serverErrors(t, create.error, fieldOfPath, {
      scope: 'communeCode',
      scopeText: t('policy.invalid.scope'),
    }),
    ...clientMessages(fields, form.formState.errors),
  };
  const idOf = (field: Field) => `cit-${field}`;

  const send = (values: Values) => {
    create.mutate(toBody(values), {
      onSuccess: setCreated,
      onError: (error) => {
        const server = serverErrors(t, error, fieldOfPath, { scope: 'communeCode' });
        focusFirstError(formRef.current, fields.filter((x) => server[x]).map(idOf));
      },
    });
  };
  const refuse = (found: FieldErrors<Values>) => {
    focusFirstError(formRef.current, fields.filter((x) => found[x]).map(idOf));
  };

  if (created) {
    return (
      <Alert severity="success">
        {t('policy.citizen.created', { id: created.id, name: created.displayName })}
      </Alert>
    );
  }

  const field = (name: Exclude<Field, 'communeCode'>, label: string) => {
    const { ref, ...registered } = register(name, {
      validate: validate(name),
      onChange: () => clearErrors(name),
    });
    return {
      ...registered,
      inputRef: ref,
      id: idOf(name),
      label,
      error: !!errors[name],
      helperText: errors[name],
      required: rules[name].required,
      fullWidth: true,
    };
  };
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
        onSubmit={(e) => void handleSubmit(send, refuse)(e)}
        aria-labelledby="cit-title"
        sx={{ display: 'grid', gap: 2 }}
      >
        <TextField
          {...field('fullName', t('policy.citizen.fullName'))}
          slotProps={{ htmlInput: { maxLength: rules.fullName.maxLength } }}
        />
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
            district={district.field.value}
            commune={commune.field.value}
            communeError={errors.communeCode}
            onChange={(next) => {
              district.field.onChange(next.district);
              commune.field.onChange(next.commune);
              clearErrors('communeCode');
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
