import type vi from '../vi/notices';
import type { SameShape } from '../../lib/i18n/types';

export default {
  title: 'Guidance notices',
} satisfies SameShape<typeof vi>;
