/** Every operation's handler, by operationId (one module per area of the contract). */
import type { EarlyChecks, Handlers } from '../http/routing';
import { accountsActionsEarlyChecks, accountsActionsRoutes } from './accounts-actions';
import { accountsReadRoutes } from './accounts-read';
import { auditRoutes } from './audit';
import { authRoutes } from './auth';
import { importRoutes } from './imports';
import { noticeRoutes } from './notices';
import { referenceRoutes } from './reference';
import { statsRoutes } from './stats';

export const routes: Handlers = {
  ...authRoutes,
  ...noticeRoutes,
  ...auditRoutes,
  ...accountsReadRoutes,
  ...accountsActionsRoutes,
  ...referenceRoutes,
  ...statsRoutes,
  ...importRoutes,
};

/** Checks that run before a request is validated (see EarlyChecks). */
export const earlyChecks: EarlyChecks = {
  ...accountsActionsEarlyChecks,
};
