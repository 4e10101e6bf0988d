import type vi from '../vi/audit';
import type { SameShape } from '../../lib/i18n/types';

export default {
  title: 'Audit log',
} satisfies SameShape<typeof vi>;
