import type { Messages } from '../vi';
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

/** English: loaded on demand; the type makes a missing or extra key a compile error. */
const en: Messages = {
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
export default en;
