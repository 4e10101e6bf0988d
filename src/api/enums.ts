// Generated from src/api/openapi.yaml by scripts/gen-api.mjs (contract/generate.ts): the lists of
// allowed values the contract declares, in its order. Do not edit: run `npm run gen:api`.

/** components.schemas.Role */
export const Role = ['officer', 'head', 'dept_admin', 'sys_admin'] as const;
export type Role = (typeof Role)[number];

/** components.schemas.PolicyRuleKey */
export const PolicyRuleKey = [
  'vneid_only_sign_in',
  'citizen_account_creation_removed',
  'citizen_conversion_deadline',
  'justice_one_stop_via_vneid',
  'organisation_accounts_unchanged',
  'organisation_portal_accounts_valid_until',
] as const;
export type PolicyRuleKey = (typeof PolicyRuleKey)[number];

/** components.schemas.Scenario */
export const Scenario = ['normal', 'slow', 'flaky', 'offline', 'expired-session'] as const;
export type Scenario = (typeof Scenario)[number];

/** components.schemas.ProgressStatus */
export const ProgressStatus = ['done', 'on_track', 'at_risk', 'late'] as const;
export type ProgressStatus = (typeof ProgressStatus)[number];

/** components.schemas.StuckReason */
export const StuckReason = [
  'verified_not_linked',
  'id_mismatch',
  'cmnd_only',
  'no_id',
  'duplicate',
  'inactive',
] as const;
export type StuckReason = (typeof StuckReason)[number];

/** components.schemas.AccountKind */
export const AccountKind = ['citizen', 'organisation', 'foreigner'] as const;
export type AccountKind = (typeof AccountKind)[number];

/** components.schemas.AccountSource */
export const AccountSource = ['national_portal', 'provincial_portal', 'desk'] as const;
export type AccountSource = (typeof AccountSource)[number];

/** components.schemas.AccountStatus */
export const AccountStatus = [
  'converted',
  'reported_at_desk',
  'unconverted',
  'awaiting_guidance',
  'closed',
  'merged',
] as const;
export type AccountStatus = (typeof AccountStatus)[number];

/** components.schemas.VisitOutcome */
export const VisitOutcome = ['linked', 'referred_police', 'declined', 'come_back_later'] as const;
export type VisitOutcome = (typeof VisitOutcome)[number];

/** components.schemas.CloseReason */
export const CloseReason = [
  'deceased',
  'duplicate_elsewhere',
  'no_longer_used',
  'fraudulent',
  'other',
] as const;
export type CloseReason = (typeof CloseReason)[number];

/** components.schemas.NoticeDocType */
export const NoticeDocType = ['thong_bao', 'cong_van', 'huong_dan'] as const;
export type NoticeDocType = (typeof NoticeDocType)[number];

/** components.schemas.NoticeStatus */
export const NoticeStatus = ['draft', 'published', 'archived'] as const;
export type NoticeStatus = (typeof NoticeStatus)[number];

/** components.schemas.ImportField */
export const ImportField = [
  'accountId',
  'fullName',
  'identityNumber',
  'phone',
  'registeredOn',
  'unit',
  'kind',
  'vneidStatus',
] as const;
export type ImportField = (typeof ImportField)[number];

/** components.schemas.ImportStatus */
export const ImportStatus = [
  'reading',
  'validated',
  'refused',
  'committed',
  'cancelled',
  'failed',
] as const;
export type ImportStatus = (typeof ImportStatus)[number];

/** listAccounts, query parameter sort */
export const listAccountsSort = [
  'name',
  '-name',
  'registeredOn',
  '-registeredOn',
  'lastSeenOn',
  '-lastSeenOn',
  'commune',
  '-commune',
  'desk',
] as const;
export type listAccountsSort = (typeof listAccountsSort)[number];

/** exportAccounts, query parameter format */
export const exportAccountsFormat = ['csv', 'xlsx'] as const;
export type exportAccountsFormat = (typeof exportAccountsFormat)[number];

/** exportAccounts, query parameter numbers */
export const exportAccountsNumbers = ['masked', 'full'] as const;
export type exportAccountsNumbers = (typeof exportAccountsNumbers)[number];

/** exportAccounts, query parameter lang */
export const exportAccountsLang = ['vi', 'en'] as const;
export type exportAccountsLang = (typeof exportAccountsLang)[number];

/** exportAccounts, query parameter sort */
export const exportAccountsSort = [
  'name',
  '-name',
  'registeredOn',
  '-registeredOn',
  'lastSeenOn',
  '-lastSeenOn',
  'commune',
  '-commune',
  'desk',
] as const;
export type exportAccountsSort = (typeof exportAccountsSort)[number];

/** downloadRejectedRows, query parameter lang */
export const downloadRejectedRowsLang = ['vi', 'en'] as const;
export type downloadRejectedRowsLang = (typeof downloadRejectedRowsLang)[number];

/** exportAudit, query parameter format */
export const exportAuditFormat = ['csv', 'xlsx'] as const;
export type exportAuditFormat = (typeof exportAuditFormat)[number];
