import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../lib/i18n';
import { demoPassword, useDemoUsers } from '../api/list-demo-users';

/** Demo builds only: the demo users, each one click (or Enter) away from the form. */
export function DemoUsersTable({
  onPick,
}: {
  onPick: (username: string, password: string) => void;
}) {
  const t = useT();
  // Until the list has come (or if it cannot), the form alone: the table only saves typing.
  const { data: users } = useDemoUsers();

  if (!users) return null;
  return (
    <Paper component="section" aria-labelledby="demo-users-title" sx={{ p: 2, overflowX: 'auto' }}>
      <Typography id="demo-users-title" variant="h6" component="h2">
        {t('auth.demoUsers.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('auth.demoUsers.hint', { password: demoPassword })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('auth.demoUsers.username')}</TableCell>
            <TableCell>{t('auth.demoUsers.role')}</TableCell>
            <TableCell>{t('auth.demoUsers.scope')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.username}>
              <TableCell>
                <Button
                  size="small"
                  onClick={() => onPick(u.username, demoPassword)}
                  aria-label={t('auth.demoUsers.use', { username: u.username })}
                  sx={{ textTransform: 'none', fontFamily: 'monospace' }}
                >
                  {u.username}
                </Button>
              </TableCell>
              <TableCell>{t(`common.roles.${u.role}`)}</TableCell>
              <TableCell>{u.unitName}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
