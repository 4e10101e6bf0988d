/** The demo users (mocks/db/demo-users.ts), all with the demo's password. */
import { DEMO_PASSWORD, demoUsers } from '../../../mocks/db/demo-users';
import type { Database } from '../db';
import { hashPassword } from '../services/users';

export async function seedDemoUsers(database: Database): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of demoUsers) {
    await database.query(
      `insert into users (username, display_name, role, unit_code, scope_district_code, password_hash)
       values ($1, $2, $3, $4, $5, $6) on conflict (username) do nothing`,
      [u.username, u.displayName, u.role, u.unitCode, u.scopeDistrictCode, hash],
    );
  }
}
