import type vi from '../vi/demo';
import type { SameShape } from '../../lib/i18n/types';

export default {
  badge: 'DEMO DATA',
  badgeHint: 'Demo: every figure is demo data, not real data.',
  panel: {
    open: 'Demo controls',
    title: 'Demo controls',
    clock: 'System date (demo clock)',
    clockHelp: 'From {min} to {max}. Every figure follows this date.',
    presets: 'Quick picks',
    scenario: 'Fault scenario',
    apply: 'Apply',
    reset: 'Reset demo data',
    resetTitle: 'Reset the demo data?',
    resetConfirm: 'Every change you made in the demo will be lost. Continue?',
    resetDone: 'Demo data reset.',
    applied: 'Updated: date {date}, scenario “{scenario}”.',
  },
  today: 'Today: {date}',
  scenarios: {
    normal: 'Normal',
    slow: 'Slow network',
    flaky: 'Random server errors',
    offline: 'Offline',
    'expired-session': 'Expired session',
  },
} satisfies SameShape<typeof vi>;
