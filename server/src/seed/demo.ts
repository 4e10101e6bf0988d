/**
 * The demo's provincial dataset in the database: the same generator as the demo backend
 * (mocks/db/dataset/: 312,000 citizen, 25,000 organisation and 2,000 foreigner accounts over the
 * 209 communes), the units, the demo users (password `demo`) and the demo's notices, so that the
 * demo and the server give the same answers. Only for demos and tests: `npm run server:seed`.
 */
import { DEFAULT_TODAY } from '../../../mocks/db/days';
import type { Database } from '../db';
import { seedAccounts } from './accounts';
import { seedDemoNotices } from './notices';
import { seedUnits } from './units';
import { seedDemoUsers } from './users';

/** (Kept here for the modules that import them from this path.) */
export {
  accountRow,
  insertAccounts,
  rebuildAccountDaily,
  seedAccounts,
  type SeedProgress,
} from './accounts';
export { seedDemoNotices } from './notices';
export { seedUnits } from './units';
export { seedDemoUsers } from './users';

/**
 * Steps of the demo seed, in order; each must be safe to run on a fresh, migrated database.
 * `times` repeats the province's accounts (see seedAccounts).
 */
export const demoSeedSteps: {
  name: string;
  run: (db: Database, options?: { times?: number }) => Promise<unknown>;
}[] = [
  { name: 'units', run: seedUnits },
  { name: 'users', run: seedDemoUsers },
  { name: 'notices', run: seedDemoNotices },
  { name: 'accounts', run: (db, o) => seedAccounts(db, { times: o?.times ?? 1 }) },
  {
    name: 'business date',
    run: (db) =>
      db.query(
        `insert into settings (key, value) values ('business_date', $1)
         on conflict (key) do update set value = excluded.value`,
        [DEFAULT_TODAY],
      ),
  },
];
