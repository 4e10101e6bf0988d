/**
 * The accounts API of the demo backend, by area. The order matters where paths overlap: the
 * literal paths (`/accounts/export`, `/accounts/views`) come before `/accounts/{id}`.
 */
import { accountActionHandlers } from './accounts-actions';
import { accountBulkHandlers } from './accounts-bulk';
import { accountListHandlers, accountReadHandlers } from './accounts-read';

export const accountHandlers = [
  ...accountListHandlers,
  ...accountBulkHandlers,
  ...accountReadHandlers,
  ...accountActionHandlers,
];
