import { accountDetailKey } from '../../../api/accounts';
import type { AccountListQuery } from './list-accounts';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (q: AccountListQuery) => ['accounts', 'list', q] as const,
  detail: accountDetailKey,
};
