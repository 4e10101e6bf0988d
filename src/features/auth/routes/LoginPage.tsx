import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError, problemTypes } from '../../../api/errors';
import { QueryError } from '../../../components/QueryError';
import { safeNext } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { useLogin } from '../api/login';
import { EXPIRED_FLAG } from '../components/RequireAuth';
import { DemoUsersTable } from '../components/DemoUsersTable';

/** Read during render without side effects: a render React throws away must not lose the flag. */
function readExpiredFlag(): boolean {
  try {
    return sessionStorage.getItem(EXPIRED_FLAG) === '1';
  } catch {
    return false;
  }
}

function clearExpiredFlag() {
  try {
    sessionStorage.removeItem(EXPIRED_FLAG);
  } catch {
    // Storage unavailable: nothing to clear.
  }
}

export function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [expired] = useState(readExpiredFlag);
  useEffect(clearExpiredFlag, []);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('common.appShort')}`;
  }, [t]);

  if (me.data) return <Navigate to={next} replace />;

  const usernameError = touched && !username.trim();
  const passwordError = touched && !password;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };

  const error = login.error;
  let errorMessage: React.ReactNode = null;
  if (isApiError(error) && error.type === problemTypes.invalidCredentials) {
    errorMessage = <Alert severity="error">{t('auth.invalid')}</Alert>;
  } else if (isApiError(error) && error.type === problemTypes.locked) {
    errorMessage = (
      <Alert severity="error">
        {t('auth.locked', { seconds: error.problem.retryAfterSeconds ?? 60 })}
      </Alert>
    );
  } else if (error) {
    errorMessage = <QueryError error={error} />;
  }

  return (
    <Box sx={{ display: 'grid', placeItems: 'center', py: { xs: 2, sm: 4 } }}>
      <Stack spacing={3} sx={{ width: '100%', maxWidth: 560 }}>
        <Paper component="section" aria-labelledby="login-title" sx={{ p: { xs: 2, sm: 4 } }}>
          <Stack component="form" spacing={2} noValidate onSubmit={onSubmit}>
            <div>
              <Typography variant="overline" component="p" color="text.secondary">
                {t('common.appName')} · {t('common.province')}
              </Typography>
              <Typography id="login-title" variant="h5" component="h1" sx={{ fontWeight: 600 }}>
                {t('auth.title')}
              </Typography>
              <Typography color="text.secondary">{t('auth.subtitle')}</Typography>
            </div>
            {expired ? <Alert severity="warning">{t('auth.sessionExpired')}</Alert> : null}
            <div aria-live="polite">{errorMessage}</div>
            <TextField
              label={t('auth.username')}
              name="username"
              autoComplete="username"
              autoFocus
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              error={usernameError}
              helperText={
                usernameError
                  ? t('auth.required', { field: t('auth.username').toLowerCase() })
                  : ' '
              }
            />
            <TextField
              label={t('auth.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              inputRef={passwordRef}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={passwordError}
              helperText={
                passwordError
                  ? t('auth.required', { field: t('auth.password').toLowerCase() })
                  : ' '
              }
            />
            <Button type="submit" variant="contained" size="large" disabled={login.isPending}>
              {login.isPending ? t('auth.submitting') : t('auth.submit')}
            </Button>
          </Stack>
        </Paper>
        {import.meta.env.VITE_DEMO === 'true' ? (
          <DemoUsersTable
            onPick={(name, pass) => {
              setUsername(name);
              setPassword(pass);
              passwordRef.current?.focus();
            }}
          />
        ) : null}
      </Stack>
    </Box>
  );
}
