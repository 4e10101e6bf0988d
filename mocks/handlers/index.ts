import { accountCreationHandlers } from './account-creation';
import { accountHandlers } from './accounts';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { demoHandlers, scenarioHandler } from './demo';
import { importHandlers } from './imports';
import { noticeHandlers } from './notices';
import { referenceHandlers } from './reference';
import { statsHandlers } from './stats';

/** Every API handler, in the order MSW tries them (the scenario handler first). */
export const handlers = [
  scenarioHandler,
  ...demoHandlers,
  ...authHandlers,
  ...referenceHandlers,
  ...statsHandlers,
  // Before accountHandlers: `/accounts/organisations` must not be taken for an account id.
  ...accountCreationHandlers,
  ...accountHandlers,
  ...auditHandlers,
  ...noticeHandlers,
  ...importHandlers,
];
