-- Notices (official guidance documents): the documents, their attached files, and who confirmed
-- reading them. Also what the audit log's filters need (by user, by action prefix).

create table notices (
  -- TB + 4 digits, numbered in order of creation.
  id text primary key check (id ~ '^TB\d{4,}$'),
  -- Number and symbol (Số: …/TB-STP); '' for a draft until it is published.
  number text not null default '',
  doc_type text not null check (doc_type in ('thong_bao', 'cong_van', 'huong_dan')),
  subject text not null,
  -- The issuing body (an organisation's code, or 'UBND' for the People's Committee itself).
  issuer_code text not null,
  issuer_name text not null,
  -- The day it was issued (a draft: written); before it, the notice does not exist for anyone.
  issued_on date not null,
  place text not null,
  status text not null check (status in ('draft', 'published', 'archived')),
  pinned boolean not null default false,
  effective_from date not null,
  effective_until date,
  -- Every save adds one (stale-version check); a published body's change adds a revision.
  version integer not null default 1 check (version >= 1),
  revision integer not null default 0 check (revision >= 0),
  -- Sanitised HTML (src/lib/notice-html.ts), at most 100,000 characters.
  body_html text not null check (length(body_html) <= 100000),
  previous_body_html text,
  -- { staff: all|districts|desks|none, districtCodes: [...], citizens, businesses }
  audience jsonb not null,
  signer_authority text not null default '',
  signer_title text not null default '',
  signer_name text not null default '',
  recipients text[] not null default '{}',
  related text[] not null default '{}',
  -- Subject, number and body text, folded (src/lib/text.ts foldVietnamese): what `q` searches.
  search_folded text not null default '',
  created_at timestamptz not null default now()
);
create index notices_issuer on notices (issuer_code);

-- Files attached to a notice: PDF, PNG or JPEG (checked from their first bytes), 1 MiB at most,
-- 5 per notice at most (checked on upload).
create table notice_attachments (
  -- `<notice id>-<n>`.
  id text primary key,
  notice_id text not null references notices (id) on delete cascade,
  name text not null check (length(name) between 1 and 120),
  type text not null check (type in ('application/pdf', 'image/png', 'image/jpeg')),
  size integer not null check (size between 1 and 1048576),
  bytes bytea not null check (octet_length(bytes) = size),
  ord integer not null,
  created_at timestamptz not null default now()
);
create index notice_attachments_notice on notice_attachments (notice_id, ord);

-- "I have read and will apply this", per user and notice (cleared when a new revision is saved).
create table notice_confirmations (
  notice_id text not null references notices (id) on delete cascade,
  username text not null references users (username) on delete cascade,
  confirmed_at timestamptz not null default now(),
  primary key (notice_id, username)
);
create index notice_confirmations_user on notice_confirmations (username);

-- The audit log's filters: one user's entries, and an action prefix ('account.' or 'notice.publish').
create index audit_log_user on audit_log (username, at desc, id desc);
create index audit_log_action_prefix on audit_log (action text_pattern_ops, at desc, id desc);
