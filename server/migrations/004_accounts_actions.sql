-- What the accounts' actions write (server/src/routes/accounts-actions.ts): desk accounts' ids and
-- tax codes, the conversion a confirmed desk report brings (undone if it is withdrawn), and bulk
-- reminder jobs.

-- Accounts opened at the desk are numbered per kind, as the demo numbers them (DN0000001…,
-- CD0000001…).
create sequence desk_organisation_ids;
create sequence desk_citizen_ids;
-- One desk account per tax code.
create unique index accounts_desk_tax_code on accounts (tax_code) where source = 'desk';

-- A "linked at the desk" report whose sync confirms it sets the account's converted_on to the sync
-- day; withdrawing it while pending puts back the value it replaced.
alter table desk_reports add column converted_on_before date;
alter table desk_reports add column converts boolean not null default false;

-- Bulk reminders run as jobs, in batches of their own transactions. `runner` names the server
-- process running it and `heartbeat_at` is touched by each batch: a `running` job whose runner is
-- gone (a restart) is shown as failed, `interrupted`, and its sent reminders stay sent.
create table reminder_jobs (
  id text primary key,
  owner text not null references users (username),
  channel text not null check (channel in ('sms', 'portal')),
  status text not null default 'running' check (status in ('running', 'done', 'failed')),
  failure text check (failure in ('interrupted', 'error')),
  -- What it sends to: the selected ids, or the list's filter (as given, the scope added on reading).
  ids text[],
  filter jsonb,
  business_day date not null,
  matched integer not null,
  processed integer not null default 0,
  sent integer not null default 0,
  refused_count integer not null default 0,
  -- The first 200 refusals: [{ id, reason }].
  refused jsonb not null default '[]',
  -- The first accounts handled (the audit entry's targets).
  first_ids text[] not null default '{}',
  started_at timestamptz not null,
  finished_at timestamptz,
  runner text not null,
  heartbeat_at timestamptz not null
);
create index reminder_jobs_running on reminder_jobs (runner) where status = 'running';
create index reminder_jobs_started on reminder_jobs (started_at);
