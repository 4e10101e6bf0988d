/** What every handler may use: the database, the settings, the clock, the audit log, the users. */
import type { Config } from '../config';
import type { Database } from '../db';
import { createAudit, type Audit } from './audit';
import { createClock, type Clock } from './clock';
import { createUsers, type Users } from './users';

export interface Services {
  database: Database;
  db: Database['db'];
  config: Config;
  clock: Clock;
  audit: Audit;
  users: Users;
}

export function createServices(database: Database, config: Config, clock?: Clock): Services {
  const c = clock ?? createClock(config.BUSINESS_DATE);
  return {
    database,
    db: database.db,
    config,
    clock: c,
    audit: createAudit(database.db, c),
    users: createUsers(database.db, c, {
      idleMinutes: config.SESSION_IDLE_MINUTES,
      maxHours: config.SESSION_MAX_HOURS,
    }),
  };
}
