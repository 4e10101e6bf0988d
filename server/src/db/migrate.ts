/**
 * Versioned migrations: the numbered `.sql` files of server/migrations, each applied once, in order,
 * in a transaction of its own, and recorded in `schema_migrations`. A file already applied is never
 * run again; changing one after it shipped is a mistake (add a new file instead), and its checksum
 * says so at start-up.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './index';

export const MIGRATIONS_DIR = join(import.meta.dirname, '../../migrations');

export interface Migration {
  version: string;
  sql: string;
  checksum: string;
}

export function migrationFiles(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(join(dir, f), 'utf8');
      return {
        version: f.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/** Apply what is missing; returns the versions applied now. */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.exec(`
    create table if not exists schema_migrations (
      version text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
  const applied = new Map(
    (
      await database.query<{ version: string; checksum: string }>(
        'select version, checksum from schema_migrations',
      )
    ).map((r) => [r.version, r.checksum]),
  );
  const done: string[] = [];
  for (const m of migrationFiles(dir)) {
    const known = applied.get(m.version);
    if (known !== undefined) {
      if (known !== m.checksum) {
        throw new Error(
          `Migration ${m.version} changed after it was applied; add a new migration instead.`,
        );
      }
      continue;
    }
    const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
    await database.exec(
      `begin;\n${m.sql}\n;insert into schema_migrations (version, checksum) values (${quoted(m.version)}, ${quoted(m.checksum)});\ncommit;`,
    );
    done.push(m.version);
  }
  return done;
}
