import type vi from '../vi/policy';
import type { SameShape } from '../../lib/i18n/types';

export default {
  newTitle: 'Create account',
  guideTitle: 'Counter guide',
} satisfies SameShape<typeof vi>;
