// Generated from src/api/openapi.yaml by scripts/gen-api.mjs (scripts/field-rules-gen.ts): the
// rules of each field of the contract's JSON request bodies, by dotted path, for the forms
// (src/lib/field-rules.ts reads them). Do not edit: run `npm run gen:api`.

/** One field's rules: whether it must be given, and what a given value must look like. */
export interface ContractFieldRule {
  required: boolean;
  /** The pattern as the contract writes it (a regular expression, read with the `u` flag). */
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
}

/** An object's fields by dotted path (`representative.phone`). */
export type ContractFieldRules = Readonly<Record<string, ContractFieldRule>>;

/** components.schemas.BulkReminderRequest, the body of sendBulkReminders. */
export const bulkReminderRequest = {
  channel: { required: true },
  ids: { required: false },
  filter: { required: false },
} as const satisfies ContractFieldRules;

/** components.schemas.CitizenAccountRequest, the body of createCitizenAccount. */
export const citizenAccountRequest = {
  fullName: { required: true, minLength: 1, maxLength: 100 },
  identityNumber: { required: true, pattern: '^\\d{12}$' },
  birthDate: { required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
  phone: { required: true, pattern: '^0\\d{9}$' },
  communeCode: { required: true, pattern: '^\\d{5}$' },
} as const satisfies ContractFieldRules;

/** components.schemas.CloseRequest, the body of closeAccount. */
export const closeRequest = {
  reason: { required: true },
  note: { required: false, maxLength: 500 },
} as const satisfies ContractFieldRules;

/** components.schemas.DemoStateChange, the body of setDemoState. */
export const demoStateChange = {
  today: { required: false, pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
  scenario: { required: false },
} as const satisfies ContractFieldRules;

/** components.schemas.DeskReportWithdrawal, the body of withdrawDeskReport. */
export const deskReportWithdrawal = {
  reason: { required: true, minLength: 1, maxLength: 500 },
} as const satisfies ContractFieldRules;

/** components.schemas.IdentityCheckRequest, the body of requestIdentityCheck. */
export const identityCheckRequest = {
  note: { required: true, minLength: 1, maxLength: 500 },
} as const satisfies ContractFieldRules;

/** components.schemas.ImportCommitRequest, the body of commitImport. */
export const importCommitRequest = {
  skipRejected: { required: false },
} as const satisfies ContractFieldRules;

/** components.schemas.ImportMapping, the body of mapImportColumns. */
export const importMapping = { columns: { required: true } } as const satisfies ContractFieldRules;

/** components.schemas.LoginRequest, the body of login. */
export const loginRequest = {
  username: { required: true, minLength: 1, maxLength: 64 },
  password: { required: true, minLength: 1, maxLength: 128 },
} as const satisfies ContractFieldRules;

/** components.schemas.MergeRequest, the body of mergeAccounts. */
export const mergeRequest = { others: { required: true } } as const satisfies ContractFieldRules;

/** components.schemas.NoticeInput, the body of createNotice. */
export const noticeInput = {
  docType: { required: true },
  subject: { required: true, maxLength: 300 },
  bodyHtml: { required: true, maxLength: 100000 },
  number: { required: false, maxLength: 40 },
  signerAuthority: { required: false, maxLength: 80 },
  signerTitle: { required: false, maxLength: 80 },
  signerName: { required: false, maxLength: 80 },
  recipients: { required: false },
  related: { required: false },
  audience: { required: true },
  'audience.staff': { required: true },
  'audience.districtCodes': { required: true },
  'audience.citizens': { required: true },
  'audience.businesses': { required: true },
  pinned: { required: false },
  effectiveFrom: { required: false, pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
  effectiveUntil: { required: false },
} as const satisfies ContractFieldRules;

/** components.schemas.NoticeUpdate, the body of updateNotice. */
export const noticeUpdate = {
  docType: { required: true },
  subject: { required: true, maxLength: 300 },
  bodyHtml: { required: true, maxLength: 100000 },
  number: { required: false, maxLength: 40 },
  signerAuthority: { required: false, maxLength: 80 },
  signerTitle: { required: false, maxLength: 80 },
  signerName: { required: false, maxLength: 80 },
  recipients: { required: false },
  related: { required: false },
  audience: { required: true },
  'audience.staff': { required: true },
  'audience.districtCodes': { required: true },
  'audience.citizens': { required: true },
  'audience.businesses': { required: true },
  pinned: { required: false },
  effectiveFrom: { required: false, pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' },
  effectiveUntil: { required: false },
  baseVersion: { required: true },
} as const satisfies ContractFieldRules;

/** components.schemas.OrganisationAccountRequest, the body of createOrganisationAccount. */
export const organisationAccountRequest = {
  taxCode: { required: true, pattern: '^\\d{10}(-\\d{3})?$' },
  name: { required: true, minLength: 1, maxLength: 200 },
  address: { required: true, minLength: 1, maxLength: 300 },
  communeCode: { required: true, pattern: '^\\d{5}$' },
  email: { required: false, format: 'email', maxLength: 100 },
  representative: { required: true },
  'representative.name': { required: true, minLength: 1, maxLength: 100 },
  'representative.identityNumber': { required: true, pattern: '^\\d{12}$' },
  'representative.phone': { required: true, pattern: '^0\\d{9}$' },
} as const satisfies ContractFieldRules;

/** components.schemas.ReminderRequest, the body of sendReminder. */
export const reminderRequest = {
  channel: { required: true },
} as const satisfies ContractFieldRules;

/** components.schemas.SavedViewRequest, the body of saveView. */
export const savedViewRequest = {
  name: { required: true, minLength: 1, maxLength: 60 },
  query: { required: true },
} as const satisfies ContractFieldRules;

/** components.schemas.VisitRequest, the body of recordVisit. */
export const visitRequest = {
  outcome: { required: true },
  note: { required: false, maxLength: 500 },
  confirmAccountId: { required: false },
} as const satisfies ContractFieldRules;
