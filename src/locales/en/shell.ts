import type vi from '../vi/shell';
import type { SameShape } from '../../lib/i18n/types';

export default {
  nav: {
    label: 'Main navigation',
    home: 'Migration progress',
    accounts: 'Accounts to resolve',
    accountNew: 'Create account',
    guide: 'Counter guide',
    notices: 'Guidance notices',
    audit: 'Audit log',
  },
  openMenu: 'Open navigation menu',
  closeMenu: 'Close navigation menu',
  userMenu: 'Your account',
  signOut: 'Sign out',
  scopeProvince: 'Whole province',
  scopeDistrict: 'Scope: {name}',
  forbidden: {
    title: 'You may not view this page',
    body: 'Your role does not give access to this function. Ask a system admin if you need it.',
    home: 'Go to migration progress',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist or has moved.',
    home: 'Go to the home page',
  },
  routeError: {
    title: 'This page failed to display',
    body: 'Something unexpected went wrong. You can try loading this part again.',
  },
  placeholder: 'This function arrives in a coming update.',
} satisfies SameShape<typeof vi>;
