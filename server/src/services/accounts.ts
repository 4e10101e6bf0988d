/**
 * Accounts as the server reads them, shared by the list, the account page, the export and the
 * accounts' actions (the bulk reminder job reuses the filter), one module per purpose:
 * - `account-status.ts`: `statusSql`, the status as of the business day (exactly the demo's
 *   statusOf: an account registered after today does not exist yet, one converted after today is
 *   not converted yet, a report made today makes it `reported_at_desk`), and a desk report's state;
 * - `account-rows.ts`: `summaryColumns` / `toSummary`, a row → AccountSummary;
 * - `account-scope.ts`: `accountInScope`, one account the user may see, else 404 (no hint that it
 *   exists);
 * - `account-filter.ts`: `accountFilter`, the list's query → a SQL where-clause over
 *   `accounts as a`, in the user's scope (another district: 403), searching by the shared rule
 *   (src/lib/account-search.ts);
 * - `account-count.ts`: `countAccounts`, from the per-day aggregates when it can;
 * - `account-order.ts`: `accountOrder`, the contract's sorts, each ending with the id (pages and
 *   keyset batches);
 * - `units.ts`: `unitIndex`, districts and communes by code.
 *
 * Every fragment refers to the accounts table as `a`: select `from accounts as a`. This module only
 * gathers them, so that imports of `services/accounts` keep working.
 */
export * from './account-count';
export * from './account-filter';
export * from './account-order';
export * from './account-rows';
export * from './account-scope';
export * from './account-status';
export { unitIndex } from './units';
