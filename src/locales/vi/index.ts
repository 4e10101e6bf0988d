import type { LeafPaths, SameShape, TranslationKey } from '../../lib/i18n/types';
import accounts from './accounts';
import audit from './audit';
import auth from './auth';
import common from './common';
import dashboard from './dashboard';
import demo from './demo';
import errors from './errors';
import imports from './imports';
import notices from './notices';
import policy from './policy';
import shell from './shell';

/** Vietnamese: the reference language. One namespace per feature; English mirrors the shape. */
const vi = {
  common,
  shell,
  auth,
  errors,
  demo,
  dashboard,
  accounts,
  policy,
  notices,
  audit,
  imports,
};

export type Messages = SameShape<typeof vi>;
export type TKey = TranslationKey<typeof vi>;
export type TLeaf = LeafPaths<typeof vi>;
export default vi as Messages;
