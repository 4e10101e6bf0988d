import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import { alpha } from '@mui/material/styles';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { visuallyHidden } from '../../../components/visuallyHidden';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { accountsQueryOptions } from '../api/list-accounts';
import { writeListState } from './urlState';

/**
 * The counter's search, in the header of every page: a name with or without marks, a whole
 * identity number or a phone number. Enter opens the one account that matches straight away, or
 * the work list searched for it when there are several (or none: the list says what to try next).
 */
export function HeaderSearch({
  autoFocus = false,
  onDone,
}: {
  autoFocus?: boolean;
  onDone?: () => void;
}) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (!q || busy) return;
    const list = `${paths.accounts}?${writeListState({ q }).toString()}`;
    setBusy(true);
    try {
      const page = await queryClient.fetchQuery(accountsQueryOptions({ q, pageSize: 2 }));
      const only = page.total === 1 ? page.items[0] : undefined;
      await navigate(only ? paths.account(only.id) : list);
    } catch {
      // The list shows the error and offers to try again.
      await navigate(list);
    } finally {
      setBusy(false);
    }
    setText('');
    onDone?.();
  };

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('shell.search.label')}
      onSubmit={(e) => void submit(e)}
      sx={{
        display: 'flex',
        alignItems: 'center',
        width: { xs: '100%', md: 300, lg: 340 },
        borderRadius: 1,
        bgcolor: (th) => alpha(th.palette.common.white, 0.15),
        '&:focus-within': { bgcolor: (th) => alpha(th.palette.common.white, 0.25) },
      }}
    >
      <label htmlFor={id} style={visuallyHidden}>
        {t('shell.search.field')}
      </label>
      <InputBase
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('shell.search.placeholder')}
        autoFocus={autoFocus}
        inputProps={{ maxLength: 100, autoComplete: 'off', enterKeyHint: 'search' }}
        sx={{
          color: 'inherit',
          flex: 1,
          pl: 1.5,
          '& input::placeholder': { color: 'inherit', opacity: 0.85 },
        }}
      />
      <IconButton
        type="submit"
        color="inherit"
        aria-label={busy ? t('shell.search.searching') : t('shell.search.submit')}
        disabled={busy}
        sx={{ '&.Mui-disabled': { color: 'inherit' } }}
      >
        {busy ? <CircularProgress size={20} color="inherit" /> : <SearchOutlined />}
      </IconButton>
    </Box>
  );
}
