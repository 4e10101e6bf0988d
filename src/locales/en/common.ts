import type vi from '../vi/common';
import type { SameShape } from '../../lib/i18n/types';

export default {
  appName: 'VNeID account conversion',
  appShort: 'VNeID Bắc Giang',
  province: 'Bắc Giang province',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  back: 'Back',
  search: 'Search',
  yes: 'Yes',
  no: 'No',
  comingSoon: 'This page is being built.',
  language: 'Language',
  dateInput: {
    placeholder: 'dd/mm/yyyy',
    hint: 'Type the date as day/month/year, e.g. 05/06/2024.',
    invalid: 'Not a valid date: type it as day/month/year, e.g. 05/06/2024.',
  },
  languages: { vi: 'Tiếng Việt', en: 'English' },
  /** MUI's built-in controls (breadcrumbs, closing an alert). */
  mui: {
    expand: 'Show the full path',
  },
  /** Pages of a long list. */
  pagination: {
    label: 'Pagination',
    pageSize: 'Rows per page',
    range: '{from}–{to} of {count}',
    previous: 'Previous page',
    next: 'Next page',
  },
  roles: {
    officer: 'One-stop officer',
    head: 'Head',
    dept_admin: 'Department admin',
    sys_admin: 'System admin',
  },
  export: {
    csv: 'Download CSV',
    xlsx: 'Download Excel',
    building: 'Preparing the file…',
  },
  badParams: 'Some filters in the page address were not valid and were ignored: {names}.',
  visit: {
    legend: 'Outcome of the counter visit',
    outcomes: {
      linked: 'Citizen linked to VNeID at the desk',
      referred_police:
        'Sent to the commune police (wrong data, lost phone, level 2 account needed)',
      declined: 'Citizen declined',
      come_back_later: 'Citizen will come back later',
    },
    note: 'Note (optional)',
    save: 'Record the outcome',
    saved: 'The outcome was recorded in the account’s history.',
    pick: 'Please choose an outcome.',
    confirmTitle: 'Confirm that the citizen linked VNeID',
    confirmBody:
      'Account {name} ({id}) will be recorded as “Reported at the desk, awaiting reconciliation”. It counts as converted only once VNeID’s data confirm the link, after the next sync.',
    confirmAction: 'Confirm {name} linked',
    savedReported: 'Recorded: the account awaits reconciliation with VNeID’s data.',
  },
  statuses: {
    converted: 'Converted',
    reported_at_desk: 'Reported at the desk, awaiting reconciliation',
    unconverted: 'Not converted',
    awaiting_guidance: 'Awaiting guidance',
    closed: 'Closed',
    merged: 'Merged',
  },
  skipToContent: 'Skip to main content',
  reasons: {
    verified_not_linked: 'Verified, not yet linked to VNeID',
    id_mismatch: 'Identity number does not match the population database',
    cmnd_only: 'Only a 9-digit ID number (CMND)',
    no_id: 'No personal identification number',
    duplicate: 'Duplicate account',
    inactive: 'Long inactive',
  },
  kinds: {
    citizen: 'Citizen',
    organisation: 'Organisation or business',
    foreigner: 'Foreigner',
  },
} satisfies SameShape<typeof vi>;
