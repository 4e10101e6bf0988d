import type vi from '../vi/audit';
import type { SameShape } from '../../lib/i18n/types';

export default {
  title: 'Audit log',
  filters: {
    username: 'User',
    action: 'Action',
    from: 'From',
    to: 'To',
    all: 'All',
  },
  table: {
    caption: 'Recorded actions, newest first',
    at: 'Time',
    user: 'User',
    unit: 'Unit',
    action: 'Action',
    targets: 'Target',
    outcome: 'Outcome',
    empty: 'No action has been recorded up to this day.',
    emptyFiltered: 'No recorded action matches the filters.',
  },
  outcomes: { ok: 'Done', refused: 'Refused' },
  actions: {
    account_reveal: 'Full identity number shown',
    account_visit: 'Counter visit recorded',
    account_reminder: 'Reminder sent',
    account_create_citizen_refused: 'Citizen account creation (function removed)',
    account_create_organisation: 'Organisation account created',
    account_identity_check: 'Police check requested',
    account_export: 'Account list exported',
    account_merge: 'Duplicates merged',
    account_close: 'Account closed',
    account_reopen: 'Account reopened',
    account_search_number: 'Search by a full number',
    account_desk_report_withdraw: 'Desk link report withdrawn',
    audit_export: 'Audit log exported',
    notice_publish: 'Notice published',
    other: 'Other action',
  },
} satisfies SameShape<typeof vi>;
