import type vi from '../vi/shell';
import type { SameShape } from '../../lib/i18n/types';

export default {
  nav: {
    label: 'Main navigation',
    home: 'Conversion progress',
    accounts: 'Accounts to resolve',
    accountNew: 'Create organisation account',
    guide: 'Counter guide',
    notices: 'Guidance notices',
    audit: 'Audit log',
    imports: 'Import data',
  },
  openMenu: 'Open navigation menu',
  closeMenu: 'Close navigation menu',
  userMenu: 'Your account',
  signOut: 'Sign out',
  scopeProvince: 'Whole province',
  scopeDistrict: 'Scope: {name}',
  forbidden: {
    title: 'You do not have access to this page',
    body: 'Your role does not give access to this function. Ask a system admin if you need it.',
    home: 'Go to conversion progress',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not exist or has moved.',
    home: 'Go to the home page',
  },
  routeError: {
    title: 'This page could not be displayed',
    body: 'Something unexpected went wrong. You can try loading this part again.',
  },
  search: {
    label: 'Find an account',
    field: 'Find an account by name, identity number or phone',
    placeholder: 'Name, identity number, phone',
    open: 'Open the account search',
    submit: 'Find',
    searching: 'Searching…',
  },
  /** The policy banner above every signed-in page (core: it shows before any feature loads). */
  pinnedNotice: {
    text: 'Notice to read: {subject}',
    open: 'Read and confirm',
    later: 'Later',
  },
  policyBanner: {
    region: 'Policy notice',
    removed:
      'Since {date}, one-stop desks no longer create citizen accounts (official letters 3701/VPCP-KSTT and 2834/UBND-NC). Help citizens use VNeID; VNeID support line: 1900.0368.',
    deadlinePassed:
      'The citizen account conversion deadline ({date}) has passed. {count} accounts in your scope are still not converted.',
    deadlinePassed_one:
      'The citizen account conversion deadline ({date}) has passed. {count} account in your scope is still not converted.',
    deadlinePassedNoCount: 'The citizen account conversion deadline ({date}) has passed.',
    guide: 'See the counter guide',
    accounts: 'See the remaining accounts',
    dismiss: 'Hide this notice',
  },
} satisfies SameShape<typeof vi>;
