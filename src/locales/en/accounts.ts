import type vi from '../vi/accounts';
import type { SameShape } from '../../lib/i18n/types';

export default {
  title: 'Accounts to resolve',
} satisfies SameShape<typeof vi>;
