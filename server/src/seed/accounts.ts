/**
 * The demo's accounts in the database: the demo backend's generator (mocks/db/dataset/), row by
 * row as the table holds them, loaded in batches with the indexes, foreign keys and row triggers
 * off, then the aggregates and the name words rebuilt at once.
 */
import {
  KINDS,
  KIND_CITIZEN,
  KIND_ORGANISATION,
  REASONS,
  SOURCES,
  accountId,
  buildDataset,
  displayName,
  identityNumber,
  nationality,
  phoneNumber,
  type Dataset,
} from '../../../mocks/db/dataset';
import { NEVER, isoOf } from '../../../mocks/db/days';
import { communes } from '../../../mocks/db/units';
import { foldVietnamese } from '../../../src/lib/text';
import type { Database } from '../db';

const STATES = ['active', 'closed', 'merged'] as const;

/** One account row as the table holds it. */
export function accountRow(ds: Dataset, i: number) {
  const name = displayName(ds, i);
  const commune = communes[ds.commune[i]!]!;
  const kind = ds.kind[i]!;
  const converted = ds.convertedDay[i]!;
  return {
    id: accountId(i),
    kind: KINDS[kind]!,
    display_name: name,
    name_folded: foldVietnamese(name),
    identity_number: identityNumber(ds, i),
    phone: phoneNumber(ds, i),
    birth_year: kind === KIND_ORGANISATION ? null : ds.birthYear[i]!,
    nationality: nationality(ds, i),
    commune_code: commune.code,
    district_code: commune.districtCode,
    source: SOURCES[ds.source[i]!]!,
    reason: kind === KIND_CITIZEN ? REASONS[ds.reason[i]!]! : null,
    registered_on: isoOf(ds.registeredDay[i]!),
    last_seen_on: isoOf(ds.lastSeenDay[i]!),
    converted_on: converted === NEVER ? null : isoOf(converted),
    state: STATES[ds.state[i]!] ?? 'active',
    duplicate_of: ds.dupOf[i]! >= 0 ? accountId(ds.dupOf[i]!) : null,
  };
}

const COLUMNS = [
  ['id', 'text'],
  ['kind', 'text'],
  ['display_name', 'text'],
  ['name_folded', 'text'],
  ['identity_number', 'text'],
  ['phone', 'text'],
  ['birth_year', 'int'],
  ['nationality', 'text'],
  ['commune_code', 'text'],
  ['district_code', 'text'],
  ['source', 'text'],
  ['reason', 'text'],
  ['registered_on', 'date'],
  ['last_seen_on', 'date'],
  ['converted_on', 'date'],
  ['state', 'text'],
  ['duplicate_of', 'text'],
] as const;

type AccountRow = ReturnType<typeof accountRow>;

/**
 * Insert rows in batches through `unnest` (one statement per batch, the same on both drivers). The
 * commune's place in the list order is joined here, set-based: the seed turns off the row trigger
 * that looks it up one row at a time (migration 003).
 */
export async function insertAccounts(database: Database, rows: AccountRow[]): Promise<void> {
  const cols = COLUMNS.map(([c]) => c).join(', ');
  const params = COLUMNS.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ');
  await database.query(
    `insert into accounts (${cols}, commune_ord)
     select r.*, coalesce(u.ord, 0) from unnest(${params}) as r (${cols})
     left join units u on u.code = r.commune_code`,
    COLUMNS.map(([c]) => rows.map((r) => r[c])),
  );
}

/** The per-day aggregates rebuilt from the accounts in one statement (after a bulk load). */
export async function rebuildAccountDaily(database: Database): Promise<void> {
  await database.exec(`
    delete from account_daily;
    insert into account_daily (commune_code, kind, reason, registered_on, converted_on, accounts)
    select commune_code, kind, coalesce(reason, ''),
           greatest(registered_on, date '2024-04-30'),
           case when converted_on is null then 'infinity'
                else greatest(converted_on, date '2024-04-30') end,
           count(*)::int
    from accounts where state = 'active'
    group by 1, 2, 3, 4, 5;`);
}

export interface SeedProgress {
  (done: number, total: number): void;
}

/**
 * The demo's accounts. `times` > 1 repeats the province with new ids (benchmarks at 10× scale):
 * the first copy keeps the demo's ids (`TK` + 7 digits), copy k gets `TK` + 8 digits
 * (k × 10,000,000 + row number).
 */
export async function seedAccounts(
  database: Database,
  {
    batch = 5_000,
    times = 1,
    onProgress,
  }: { batch?: number; times?: number; onProgress?: SeedProgress } = {},
): Promise<number> {
  const ds = buildDataset();
  const total = ds.size * times;
  // A bulk load runs faster without the secondary indexes and the aggregates' trigger: both are
  // rebuilt once at the end.
  const indexes = await database.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes
     where tablename = 'accounts' and indexname <> 'accounts_pkey'`,
  );
  for (const i of indexes) await database.exec(`drop index ${i.indexname}`);
  // Batches go in side by side: a duplicate may reach the table before the account it duplicates,
  // so its foreign key is checked once, at the end.
  const foreignKeys = await database.query<{ name: string; def: string }>(
    `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where conrelid = 'accounts'::regclass and contype = 'f'`,
  );
  for (const f of foreignKeys)
    await database.exec(`alter table accounts drop constraint ${f.name}`);
  await database.exec('alter table accounts disable trigger account_daily_track');
  await database.exec('alter table accounts disable trigger name_words_insert');
  await database.exec('alter table accounts disable trigger accounts_commune_ord');
  // PostgreSQL inserts two batches at once (two connections, two server processes) while the next
  // one is made here; PGlite has one connection.
  const parallel = database.kind === 'postgres' ? 2 : 1;
  const inFlight: Promise<void>[] = [];
  try {
    for (let k = 0; k < times; k++) {
      for (let from = 0; from < ds.size; from += batch) {
        const rows: AccountRow[] = [];
        for (let i = from; i < Math.min(ds.size, from + batch); i++) {
          const r = accountRow(ds, i);
          if (k > 0) {
            r.id = `TK${String(k * 10_000_000 + i + 1).padStart(8, '0')}`;
            if (r.duplicate_of) {
              r.duplicate_of = `TK${String(k * 10_000_000 + Number(r.duplicate_of.slice(2))).padStart(8, '0')}`;
            }
          }
          rows.push(r);
        }
        const done = k * ds.size + Math.min(ds.size, from + batch);
        const inserted = insertAccounts(database, rows).then(() => onProgress?.(done, total));
        // Awaited below; a failure while another batch is awaited is not an unhandled one.
        inserted.catch(() => {});
        inFlight.push(inserted);
        if (inFlight.length >= parallel) await inFlight.shift();
      }
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    await database.exec('alter table accounts enable trigger account_daily_track');
    await database.exec('alter table accounts enable trigger name_words_insert');
    await database.exec('alter table accounts enable trigger accounts_commune_ord');
    for (const i of indexes) await database.exec(i.indexdef);
    for (const f of foreignKeys)
      await database.exec(`alter table accounts add constraint ${f.name} ${f.def}`);
  }
  await rebuildAccountDaily(database);
  await database.exec(`insert into name_words (word)
    select distinct w from accounts, unnest(tsvector_to_array(search)) as w where kind = 'citizen'
    on conflict do nothing`);
  await database.exec('analyze accounts; analyze account_daily; analyze name_words;');
  return total;
}
