/** Every operation's handler, by operationId (one module per area of the contract). */
import type { Handlers } from '../http/routing';
import { accountsReadRoutes } from './accounts-read';
import { authRoutes } from './auth';
import { referenceRoutes } from './reference';

export const routes: Handlers = {
  ...authRoutes,
  ...accountsReadRoutes,
  ...referenceRoutes,
};
