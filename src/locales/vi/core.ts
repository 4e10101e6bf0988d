import auth from './auth';
import common from './common';
import dashboard from './dashboard';
import demo from './demo';
import errors from './errors';
import shell from './shell';

/**
 * The Vietnamese namespaces the first screen needs, in the entry bundle. The feature namespaces
 * (accounts, policy, notices, audit) load with their routes: see src/lib/i18n/namespaces.ts.
 */
export default { common, shell, auth, errors, demo, dashboard };
