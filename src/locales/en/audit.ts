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
    empty: 'No recorded action matches the filters.',
  },
  outcomes: { ok: 'Done', refused: 'Refused' },
  actions: {
    'account.reveal': 'Full identity number shown',
    'account.visit': 'Counter visit recorded',
    'account.reminder': 'Reminder sent',
    'account.create-citizen.refused': 'Attempt to create a citizen account',
    'account.create-organisation': 'Organisation account created',
    'notice.publish': 'Notice published',
    other: 'Other action',
  },
} satisfies SameShape<typeof vi>;
