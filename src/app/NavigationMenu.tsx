import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { can } from '../config/permissions';
import { useT } from '../lib/i18n';
import { useSession } from '../lib/session';
import { navItems, routePermissions } from './navigation';

/**
 * The pages the user's role may open, the current one marked: the desktop's side column and the
 * phone's slide-in drawer.
 */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const { user } = useSession();
  const location = useLocation();
  const items = navItems.filter((i) => can(user.role, routePermissions[i.route]));
  return (
    <nav aria-label={t('shell.nav.label')}>
      <List>
        {items.map((item) => {
          const active =
            item.to === '/'
              ? location.pathname === '/'
              : location.pathname === item.to ||
                (location.pathname.startsWith(`${item.to}/`) &&
                  !items.some(
                    (o) =>
                      o !== item &&
                      o.to.startsWith(`${item.to}/`) &&
                      location.pathname.startsWith(o.to),
                  ));
          const Icon = item.icon;
          return (
            <ListItem key={item.route} disablePadding>
              <ListItemButton
                component={RouterLink}
                to={item.to}
                selected={active}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
              >
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={t(item.label)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );
}
