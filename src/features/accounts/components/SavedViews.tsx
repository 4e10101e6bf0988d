import CancelOutlined from '@mui/icons-material/CancelOutlined';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { TextInput } from '../../../components/inputs';
import { QueryError } from '../../../components/QueryError';
import { fieldErrorText } from '../../../lib/problem';
import { isApiError } from '../../../api/errors';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useDeleteView, useSaveView, useSavedViews } from '../api/saved-views';

/**
 * Save the current filters under a name; reopen or delete saved ones. Memoised: it depends on the
 * URL alone, not on the list's data.
 */
export const SavedViews = memo(function SavedViews({ params }: { params: URLSearchParams }) {
  const t = useT();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [name, setName] = useState('');
  const nameError = isApiError(save.error) ? save.error.fieldErrors.name : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The page and an open side panel are not part of a view.
    const query = Object.fromEntries(
      [...params.entries()].filter(([k]) => k !== 'page' && k !== 'open'),
    );
    save.mutate({ name: name.trim(), query }, { onSuccess: () => setName('') });
  };

  return (
    <Stack spacing={1}>
      <Stack
        component="form"
        onSubmit={submit}
        direction="row"
        spacing={1}
        sx={{ alignItems: 'flex-start' }}
      >
        <TextInput
          size="small"
          label={t('accounts.views.name')}
          value={name}
          onChange={setName}
          error={Boolean(nameError)}
          helperText={nameError ? fieldErrorText(t, nameError.code) : ' '}
          maxLength={60}
        />
        <Button type="submit" variant="outlined" disabled={save.isPending}>
          {t('accounts.views.save')}
        </Button>
      </Stack>
      {save.error && !nameError ? <QueryError error={save.error} /> : null}
      {views.data?.items.length ? (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Typography variant="body2">{t('accounts.views.saved')}</Typography>
          {views.data.items.map((v) => (
            <Chip
              key={v.id}
              label={v.name}
              component={RouterLink}
              to={`${paths.accounts}?${new URLSearchParams(v.query).toString()}`}
              clickable
              onDelete={() => remove.mutate(v.id)}
              deleteIcon={
                <CancelOutlined titleAccess={t('accounts.views.delete', { name: v.name })} />
              }
            />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
});
