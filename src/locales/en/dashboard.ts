import type vi from '../vi/dashboard';
import type { SameShape } from '../../lib/i18n/types';

export default {
  title: 'Account migration progress',
} satisfies SameShape<typeof vi>;
