import type { SvgIconComponent } from '@mui/icons-material';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import CampaignOutlined from '@mui/icons-material/CampaignOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import { paths } from '../config/paths';
import { routePermissions, type GuardedRoute } from '../config/permissions';
import type { TKey } from '../locales/vi';

export interface NavItem {
  route: GuardedRoute;
  to: string;
  label: TKey;
  icon: SvgIconComponent;
}

/** The navigation, in order; each item shows only when the role has the route's permission. */
export const navItems: readonly NavItem[] = [
  { route: 'home', to: paths.home, label: 'shell.nav.home', icon: InsightsOutlined },
  {
    route: 'accounts',
    to: paths.accounts,
    label: 'shell.nav.accounts',
    icon: AssignmentIndOutlined,
  },
  { route: 'guide', to: paths.guide, label: 'shell.nav.guide', icon: MenuBookOutlined },
  {
    route: 'accountNew',
    to: paths.accountNew,
    label: 'shell.nav.accountNew',
    icon: PersonAddAltOutlined,
  },
  { route: 'notices', to: paths.notices, label: 'shell.nav.notices', icon: CampaignOutlined },
  { route: 'audit', to: paths.audit, label: 'shell.nav.audit', icon: HistoryOutlined },
  { route: 'imports', to: paths.imports, label: 'shell.nav.imports', icon: UploadFileOutlined },
];

export { routePermissions };
