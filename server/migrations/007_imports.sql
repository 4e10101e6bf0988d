-- Imports (issue 19): an uploaded account list read and checked in the background, then, on the
-- uploader's word, written in one transaction as the business day's snapshot.

create table imports (
  id text primary key,
  owner text not null references users (username),
  file_name text not null,
  size integer not null,
  sha256 text,
  format text check (format in ('xlsx', 'csv')),
  encoding text,
  status text not null check (
    status in ('reading', 'validated', 'refused', 'committed', 'cancelled', 'failed')
  ),
  -- ImportProgress without rowsPerSecond (derived).
  progress jsonb not null,
  -- The read's outcome (null while reading): ImportColumn[], the heading row as written,
  -- ImportCounts, ImportFileProblem.
  columns jsonb,
  headings jsonb,
  formula_cells integer not null default 0,
  summary jsonb,
  file_problem jsonb,
  -- Every rejected row ({line, cells, reasons}): those the checks refused, and those the accounts
  -- refused (an unknown account without a name to add it), classified again at commit.
  rejected_rows jsonb,
  account_rejected jsonb not null default '[]',
  -- The first 50 reasons of all those rows, in file order (what the import shows).
  shown_rejected jsonb not null default '[]',
  -- The hand mapping: [[columnIndex, field or null], …].
  mapping jsonb,
  started_at timestamptz not null,
  -- Real time, for dropping imports not committed after a day.
  created_at timestamptz not null default now(),
  -- The process reading the file, and when it last wrote its progress.
  runner text not null,
  heartbeat_at timestamptz not null default now(),
  -- The file, kept until the import is committed or cancelled (a mapping reads it again).
  bytes bytea,
  -- The snapshot, once committed.
  as_of date,
  imported_at timestamptz,
  imported_by text references users (username),
  counts jsonb
);
create index imports_snapshots on imports (as_of desc, imported_at desc) where status = 'committed';
create index imports_created on imports (created_at) where status <> 'committed';

-- The valid rows of an import being checked, kept until it is committed or cancelled: classified
-- against accounts in SQL, and written from here by the commit.
create table import_rows (
  import_id text not null references imports (id) on delete cascade,
  line integer not null,
  account_id text,
  full_name text,
  -- foldVietnamese(full_name), for an account the commit adds.
  name_folded text,
  identity_number text,
  phone text,
  registered_on date,
  commune_code text not null,
  kind text not null,
  linked boolean not null,
  primary key (import_id, line)
);

-- Accounts an import adds without an account id of their own.
create sequence import_account_ids start 9000001;

-- An import's commit updates hundreds of thousands of accounts in one statement: it keeps the
-- per-day aggregates itself, set-based (server/src/services/import-sql.ts), with this setting on
-- for its transaction only. Every other write goes through the row trigger as before (002).
create or replace function account_daily_track() returns trigger language plpgsql as $$
begin
  if current_setting('vneid.bulk_daily', true) = 'on' then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform account_daily_apply(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform account_daily_apply(new, 1);
  end if;
  return null;
end $$;
