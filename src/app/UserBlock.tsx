import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../lib/i18n';
import { useSession } from '../lib/session';
import { unitName, useUnits } from '../lib/units';

/** In the drawer: the scope always; on a phone also who is signed in and sign out. */
export function UserBlock({ full }: { full: boolean }) {
  const t = useT();
  const { user, signOut } = useSession();
  const units = useUnits();
  const scope =
    user.scope.level === 'province'
      ? t('shell.scopeProvince')
      : t('shell.scopeDistrict', { name: unitName(units.data, user.scope.districtCode ?? '') });
  return (
    <Box sx={{ p: 2 }}>
      {full ? (
        <>
          <Typography sx={{ fontWeight: 600 }}>{user.displayName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t(`common.roles.${user.role}`)} · {user.unit.name}
          </Typography>
        </>
      ) : null}
      <Typography variant="body2" color="text.secondary">
        {scope}
      </Typography>
      {full ? (
        <Button
          sx={{ mt: 1 }}
          size="small"
          variant="outlined"
          startIcon={<LogoutOutlined />}
          onClick={() => void signOut()}
        >
          {t('shell.signOut')}
        </Button>
      ) : null}
    </Box>
  );
}

/** Desktop header: who is signed in, in which role and unit, and the way out. */
export function HeaderUser() {
  const t = useT();
  const { user, signOut } = useSession();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', ml: 1 }}>
      <Box sx={{ textAlign: 'right', lineHeight: 1.2 }}>
        <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
          {user.displayName}
        </Typography>
        <Typography variant="caption" component="p">
          {t(`common.roles.${user.role}`)} · {user.unit.name}
        </Typography>
      </Box>
      {/* A worded button rather than an icon with a tooltip: clearer, and no popper library. */}
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        startIcon={<LogoutOutlined />}
        onClick={() => void signOut()}
        sx={{ borderColor: 'rgba(255,255,255,0.7)', whiteSpace: 'nowrap' }}
      >
        {t('shell.signOut')}
      </Button>
    </Stack>
  );
}
