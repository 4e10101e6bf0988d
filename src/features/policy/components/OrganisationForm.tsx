import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useController, useForm, type FieldErrors } from 'react-hook-form';
import { isApiError } from '../../../api/errors';
import { QueryError } from '../../../components/QueryError';
import { useFormDraft } from '../../../lib/form-draft';
import { useFormat } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';
import { useCreateOrganisationAccount, type CreatedAccount } from '../api/create-organisation';
import {
  clientMessages,
  contractValidator,
  focusFirstError,
  serverErrors,
  type Errors,
} from './formErrors';
import {
  empty,
  fieldOfPath,
  fields,
  invalidText,
  parseDraft,
  rules,
  toBody,
  type BodyField,
  type Field,
  type Values,
} from './organisation-fields';
import { OrganisationCreated } from './OrganisationCreated';
import { UnitPicker } from './UnitPicker';

export function OrganisationForm({ validUntil }: { validUntil: string }) {
  const t = useT();
  const f = useFormat();
  const { user } = useSession();
  const create = useCreateOrganisationAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useFormDraft(`vneid.org-account-draft.${user.username}`, {
    storage: 'session',
    parse: parseDraft,
  });
  const restored = draft.restored;
  const form = useForm<Values>({
    defaultValues: restored ?? empty,
    // Checked on submit only; a field's error goes when it is edited (see `field`).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { register, handleSubmit, reset, clearErrors, subscribe } = form;
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  const validate = contractValidator(t, rules, invalidText);
  const district = useController({ control: form.control, name: 'district' });
  const commune = useController({
    control: form.control,
    name: 'communeCode',
    rules: { validate: validate('communeCode') },
  });

  // Every change is kept as the draft at once; an emptied form leaves none.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (Object.values(values).some(Boolean)) draft.save(values);
          else draft.clear();
        },
      }),
    [subscribe, draft],
  );

  const special = {
    scope: 'communeCode',
    scopeText: t('policy.invalid.scope'),
    duplicate: 'taxCode',
    duplicateText: t('policy.invalid.duplicate'),
  } as const;
  const fromServer = serverErrors(t, create.error, fieldOfPath, special);
  const errors: Errors<Field> = {
    ...fromServer,
    ...clientMessages(fields, form.formState.errors),
  };
  const idOf = (field: Field) => `org-${field}`;

  const send = (values: Values) => {
    create.mutate(toBody(values), {
      onSuccess: (account) => {
        setCreated(account);
        reset(empty);
        draft.clear();
      },
      onError: (error) => {
        const server = serverErrors(t, error, fieldOfPath, special);
        focusFirstError(formRef.current, fields.filter((x) => server[x]).map(idOf));
      },
    });
  };
  const refuse = (found: FieldErrors<Values>) => {
    focusFirstError(formRef.current, fields.filter((x) => found[x]).map(idOf));
  };

  if (created) {
    return (
      <OrganisationCreated
        account={created}
        onAgain={() => {
          setCreated(null);
          create.reset();
        }}
      />
    );
  }

  const field = (
    name: Exclude<BodyField, 'communeCode'>,
    label: string,
    extra: { help?: string } = {},
  ) => {
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
      helperText: errors[name] ?? extra.help,
      required: rules[name].required,
      fullWidth: true,
    };
  };
  /** The input's own limit, the contract's. */
  const maxLength = (name: BodyField) => ({ maxLength: rules[name].maxLength });

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
        onSubmit={(e) => void handleSubmit(send, refuse)(e)}
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
              slotProps={{ htmlInput: maxLength('name') }}
            />
          </Box>
          <TextField
            {...field('address', t('policy.org.address'))}
            slotProps={{ htmlInput: maxLength('address') }}
          />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { md: '1fr 1fr' } }}>
            <UnitPicker
              idPrefix="org"
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
          <TextField
            {...field('email', t('policy.org.email'))}
            type="email"
            slotProps={{ htmlInput: maxLength('email') }}
          />
        </Box>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}>
          <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
            {t('policy.org.representative')}
          </Typography>
          <TextField
            {...field('repName', t('policy.org.repName'))}
            slotProps={{ htmlInput: maxLength('repName') }}
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
              reset(empty);
              draft.clear();
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
