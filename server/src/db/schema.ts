/**
 * The tables as Kysely sees them (server/migrations is the truth; keep this in step). Dates are ISO
 * strings (`2024-06-20`), instants ISO date-times: see the type parsers in ./index.ts.
 */
import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<string, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;

export interface UnitsTable {
  code: string;
  level: 'province' | 'district' | 'commune' | 'organisation';
  name: string;
  kind: string | null;
  district_code: string | null;
  ord: number;
}

export interface UsersTable {
  username: string;
  display_name: string;
  role: 'officer' | 'head' | 'dept_admin' | 'sys_admin';
  unit_code: string;
  scope_district_code: string | null;
  password_hash: string;
  disabled: Generated<boolean>;
  created_at: Instant;
}

export interface SessionsTable {
  id_hash: string;
  username: string;
  created_at: Instant;
  last_seen_at: Instant;
}

export interface SignInFailuresTable {
  username: string;
  failures: number;
  last_failed_at: Instant;
  locked_until: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Instant;
  username: string;
  role: string | null;
  unit_code: string | null;
  action: string;
  targets: ColumnType<string[], string[] | undefined, never>;
  details: Json;
  outcome: 'ok' | 'refused';
  ip: string | null;
}

export interface AccountsTable {
  id: string;
  kind: 'citizen' | 'organisation' | 'foreigner';
  display_name: string;
  name_folded: string;
  identity_number: string | null;
  phone: string | null;
  birth_year: number | null;
  nationality: Generated<string>;
  commune_code: string;
  district_code: string;
  source: 'national_portal' | 'provincial_portal' | 'desk';
  reason: string | null;
  registered_on: string;
  last_seen_on: string;
  converted_on: string | null;
  state: Generated<'active' | 'closed' | 'merged'>;
  duplicate_of: string | null;
  search: ColumnType<string, never, never>;
  /** 003: the list's name order (generated). */
  sort_name: ColumnType<string, never, never>;
  /** 003: the commune's place in the unit tree (set by a trigger). */
  commune_ord: Generated<number>;
  /** 003: desk accounts' tax code (organisations) and the officer who opened them. */
  tax_code: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** 003: "linked at the desk" reports (see the migration). */
export interface DeskReportsTable {
  id: string;
  account_id: string;
  reported_on: string;
  reported_at: string;
  reported_by: string;
  sync_confirms: boolean;
  withdrawn_on: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  /** 004: the converted_on a confirmed report replaced, and whether it did (undone on withdrawal). */
  converted_on_before: string | null;
  converts: Generated<boolean>;
}

/** 004: bulk reminder jobs. */
export interface ReminderJobsTable {
  id: string;
  owner: string;
  channel: 'sms' | 'portal';
  status: Generated<'running' | 'done' | 'failed'>;
  failure: 'interrupted' | 'error' | null;
  ids: string[] | null;
  filter: ColumnType<unknown, string | null, string | null>;
  business_day: string;
  matched: number;
  processed: Generated<number>;
  sent: Generated<number>;
  refused_count: Generated<number>;
  refused: ColumnType<unknown, string | undefined, string>;
  first_ids: ColumnType<string[], string[] | undefined, string[]>;
  started_at: Instant;
  finished_at: string | null;
  runner: string;
  heartbeat_at: Instant;
}

export interface AccountEventsTable {
  id: Generated<number>;
  account_id: string;
  at: Instant;
  type: string;
  username: string | null;
  details: Json;
}

export interface SavedViewsTable {
  id: string;
  username: string;
  name: string;
  query: Json;
  created_at: Instant;
}

export interface AccountDailyTable {
  commune_code: string;
  kind: string;
  reason: string;
  registered_on: string;
  converted_on: string;
  accounts: number;
}

export interface NoticesTable {
  id: string;
  number: Generated<string>;
  doc_type: 'thong_bao' | 'cong_van' | 'huong_dan';
  subject: string;
  issuer_code: string;
  issuer_name: string;
  issued_on: string;
  place: string;
  status: 'draft' | 'published' | 'archived';
  pinned: Generated<boolean>;
  effective_from: string;
  effective_until: string | null;
  version: Generated<number>;
  revision: Generated<number>;
  body_html: string;
  previous_body_html: string | null;
  audience: Json;
  signer_authority: Generated<string>;
  signer_title: Generated<string>;
  signer_name: Generated<string>;
  recipients: ColumnType<string[], string[] | undefined, string[]>;
  related: ColumnType<string[], string[] | undefined, string[]>;
  search_folded: Generated<string>;
  created_at: Instant;
}

export interface NoticeAttachmentsTable {
  id: string;
  notice_id: string;
  name: string;
  type: 'application/pdf' | 'image/png' | 'image/jpeg';
  size: number;
  bytes: ColumnType<Uint8Array, Uint8Array, never>;
  ord: number;
  created_at: Instant;
}

export interface NoticeConfirmationsTable {
  notice_id: string;
  username: string;
  confirmed_at: Instant;
}

/** 007: imports and the rows being checked (see the migration). */
export interface ImportsTable {
  id: string;
  owner: string;
  file_name: string;
  size: number;
  sha256: string | null;
  format: 'xlsx' | 'csv' | null;
  encoding: string | null;
  status: 'reading' | 'validated' | 'refused' | 'committed' | 'cancelled' | 'failed';
  progress: Json;
  columns: ColumnType<unknown, string | null, string | null>;
  headings: ColumnType<unknown, string | null, string | null>;
  formula_cells: Generated<number>;
  summary: ColumnType<unknown, string | null, string | null>;
  file_problem: ColumnType<unknown, string | null, string | null>;
  rejected_rows: ColumnType<unknown, string | null, string | null>;
  account_rejected: ColumnType<unknown, string | undefined, string>;
  shown_rejected: ColumnType<unknown, string | undefined, string>;
  mapping: ColumnType<unknown, string | null, string | null>;
  started_at: Instant;
  created_at: Generated<string>;
  runner: string;
  heartbeat_at: Instant;
  bytes: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null>;
  as_of: string | null;
  imported_at: string | null;
  imported_by: string | null;
  counts: ColumnType<unknown, string | null, string | null>;
}

export interface ImportRowsTable {
  import_id: string;
  line: number;
  account_id: string | null;
  full_name: string | null;
  name_folded: string | null;
  identity_number: string | null;
  phone: string | null;
  registered_on: string | null;
  commune_code: string;
  kind: 'citizen' | 'organisation' | 'foreigner';
  linked: boolean;
}

/** The words of people's names (migration 010), for a search's last word. */
export interface NameWordsTable {
  word: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface DB {
  settings: SettingsTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  audit_log: AuditLogTable;
  accounts: AccountsTable;
  account_events: AccountEventsTable;
  desk_reports: DeskReportsTable;
  reminder_jobs: ReminderJobsTable;
  saved_views: SavedViewsTable;
  account_daily: AccountDailyTable;
  name_words: NameWordsTable;
  notices: NoticesTable;
  notice_attachments: NoticeAttachmentsTable;
  notice_confirmations: NoticeConfirmationsTable;
  imports: ImportsTable;
  import_rows: ImportRowsTable;
}
