// Generated from openapi.yaml by scripts/gen-api.mjs. Do not edit: run `npm run gen:api`.
export interface paths {
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Ends this session on the server and clears the cookie. With `{"everywhere": true}` every
     *     session of the user ends (a lost phone, a shared computer). Without a session it still
     *     answers 204.
     */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The province's districts and communes, and the provincial bodies (departments, the service center). */
    get: operations['getUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description One administrative unit of the province (the province, a district or a commune) by its code:
     *     its name, level and kind (as `GET /units` gives them), its parent and its children, in the
     *     order of `GET /units`. Reference data, as `GET /units`: any signed-in user reads every unit,
     *     whatever their scope; nothing is audited. A code that names no administrative unit of the
     *     province answers 404 (the provincial bodies of `organisations` are not administrative units).
     */
    get: operations['getUnit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The dated rules of the switch-over and the server's "today". The app decides from these only. */
    get: operations['getPolicy'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/demo/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Demo backend only. The demo clock and the fault scenario in force. */
    get: operations['getDemoState'];
    put: operations['setDemoState'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/demo/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Demo backend only. Forget every change made in the demo and go back to the seeded data. */
    post: operations['resetDemo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/demo/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Demo backend only. The demo's users, for the sign-in page to offer them: each one's username, name, role and unit, never a password. */
    get: operations['listDemoUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Headline figures for a scope at the demo day: citizen accounts, converted, reported at the
     *     desk and awaiting reconciliation, not yet converted, converted today and in the last 7 days,
     *     the deadlines with the pace needed and a forecast, why the unconverted accounts are stuck, and
     *     the accounts that wait for the Ministry's guidance.
     *     Without `district`, a province-wide user gets the province; a district user gets their district.
     *
     *     Counted as converted only with evidence: an account a one-stop officer reported as linked at
     *     the counter (status `reported_at_desk`) is counted in `citizens.reported`, never in
     *     `converted`, `convertedToday`, the pace or the share, until the VNeID sync confirms the link.
     *     `total = converted + reported + unconverted`.
     *     `awaiting.organisation` includes organisation accounts created at the desk
     *     (`POST /accounts/organisations`) in the scope, from their creation day.
     */
    get: operations['getStatsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/by-unit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One row per district (for the province) or per commune (for a district). */
    get: operations['getStatsByUnit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/stats/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Accounts converted per day and the cumulative share, from 01/05/2024 to the demo day. */
    get: operations['getStatsSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The accounts in the user's scope, filtered, sorted and paged on the server. Identity and
     *     phone numbers are masked (`mask` in src/lib/account-search.ts: first 3 and last 4 digits).
     *     Organisation accounts created at the desk (`POST /accounts/organisations`) are listed and
     *     searched like the others (kind `organisation`, status `awaiting_guidance`, source `desk`).
     *
     *     **Search (`q`), without an oracle** (shared rule: `classifyQuery` in src/lib/account-search.ts).
     *     Spaces, dots and dashes are ignored. A query made only of digits matches:
     *     - 12 digits: an account whose whole identity number (CCCD) is exactly that;
     *     - 9 digits: an account whose whole old CMND number is exactly that;
     *     - 10 digits: an account whose whole phone number is exactly that;
     *     - 4 digits: an account whose identity number or phone ends with them (what the mask shows).
     *     Any other run of digits (3, 5–8, 11, or part of a number) matches no account, so a masked
     *     number can never be recovered digit by digit. Any other query matches names (and
     *     organisation names), ignoring case and Vietnamese marks.
     *
     *     A search by a whole number (9, 10 or 12 digits) by a role without `accounts:reveal` is
     *     audited: action `account.search-number`, targets = the matching account ids (at most 50),
     *     details `{ kind: identity | cmnd | phone, matched: <count> }` (the number itself is not
     *     written to the log).
     */
    get: operations['listAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The whole filtered set (same filters and search rule as the list, in the user's scope) as
     *     CSV (UTF-8 with BOM, streamed) or XLSX. Cells that could start a formula are neutralised.
     *     The layout is shared by both backends: `buildExportSheet` in src/lib/account-export.ts.
     *
     *     **Numbers are masked by default.** `numbers=full` gives the full identity and phone numbers
     *     only to roles with `accounts:reveal`, and only with a `fullNumbersReason` (5–300
     *     characters after trimming): without the permission 403 (audited, outcome `refused`),
     *     without a reason 400 (field `fullNumbersReason`). It is ignored for masked exports. (`reason`
     *     stays the list's filter by why an account is stuck.)
     *
     *     **The file** starts with a preamble, one statement per row, in the language `lang`
     *     (`vi` by default; without `lang`, the first of `vi`/`en` in `Accept-Language`): the title,
     *     the scope (the user's unit scope: the province or the district's name), the filter (each
     *     applied filter as "label: value label", or "none"), the export time (dd/MM/yyyy HH:mm,
     *     Asia/Ho_Chi_Minh), who exported it (display name and username), the number of rows, and
     *     whether numbers are masked or full; then one empty row, then the column headings, then the
     *     rows. Headings and code values (kind, source, status, reason) carry the labels the screen
     *     shows, in `lang`; dates are dd/MM/yyyy.
     *
     *     **Audited** as `account.export` (outcome `ok`), targets empty, details:
     *     `format`, `numbers` (`masked` | `full`), `lang`, `rows` (the row count), `filter` (the applied
     *     filter as a query string, keys in alphabetical order, the scope's district included, e.g.
     *     `district=217&q=nguyen&status=unconverted`; `q` written as given unless it is a whole
     *     number, then as its kind, e.g. `q=<identity>`), `idsSha256` (lower-case hex SHA-256 of the
     *     exported account ids in file order, joined by `\n`, UTF-8) and, for full numbers, `reason`
     *     (the `fullNumbersReason` given).
     */
    get: operations['exportAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Reminders to many accounts: the selected ids (at most 500), or every account matching
     *     `filter` (the list's filters, with the user's scope: another district is 403). The reminders
     *     are sent by a job, so that no request waits for them: the answer is 202 with the job as it
     *     starts (`status: running`; `matched` is already known), and `GET
     *     /accounts/reminders/jobs/{jobId}` follows it until `done` or `failed`. Each account is handled
     *     on its own rules, as for one reminder: unconverted citizens only (`not_unconverted`), an SMS
     *     needs a phone number (`no_phone`), not twice within 7 days (`recently_reminded`), and selected
     *     ids that do not exist or lie outside the user's scope are `out_of_scope`. Each account gets the
     *     message of its own stuck reason, as for one reminder (`sendReminder`). Every reminder sent
     *     goes into the account's history (`reminder`, `{ channel }`) as it is sent; the job is audited
     *     once it ends (`account.reminder`, details `{ bulk: true, job, matched, sent, refused,
     *     channel }`). A job that a server restart interrupted is `failed` with `failure:
     *     interrupted`; the reminders it had sent stay sent.
     */
    post: operations['sendBulkReminders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/reminders/jobs/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description A bulk reminder job's progress and, once it has ended, its result. Only the user who started
     *     it, or a system admin, may follow it (404 for anyone else, as for an unknown id). Jobs are
     *     kept for 7 days.
     */
    get: operations['getBulkReminderJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The signed-in user's saved filters for the work list. */
    get: operations['listSavedViews'];
    put?: never;
    post: operations['saveView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/views/{viewId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['deleteView'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description One account in the user's scope (404 outside it, exactly as for an unknown id: no hint that
     *     it exists). Nothing nested names or describes an account outside the user's scope:
     *     `duplicates` lists only duplicates inside the scope, and `history` details only ids inside it.
     *     Accounts created at the desk (`DN…`, `CD…` ids) are found here too.
     */
    get: operations['getAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description The account's full identity and phone numbers, for roles that may see them. Every reveal is audited. */
    post: operations['revealAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description A citizen came to the counter; the outcome is recorded in the account's history (audited as
     *     `account.visit` with `{ outcome }`). Only for `unconverted` accounts (409 otherwise).
     *
     *     `linked` does NOT convert the account: the officer reports that the citizen linked VNeID at
     *     the counter, and the body must repeat the account's id in `confirmAccountId` (400, field
     *     `confirmAccountId`, when missing or different) so that it is never recorded by one click.
     *     The account becomes `reported_at_desk` with a pending `deskReport`
     *     (by this user, on this day). The next VNeID sync reconciles it:
     *     - the link is there: the report is `confirmed` and the account `converted`, `convertedOn` =
     *       the sync's day (history event `desk-report-confirmed`);
     *     - no link: the report is `not_confirmed` and the account `unconverted` again with its reason
     *       (history event `desk-report-not-confirmed`).
     *     In the demo backend the sync runs when the demo day passes the report's day; whether it
     *     confirms is decided by `demoSyncConfirms` in src/lib/desk-report.ts (about 9 in 10).
     */
    post: operations['recordVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/identity-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Ask the provincial police to check an identity number that does not match the population
     *     database. Only for unconverted citizen accounts flagged `id_mismatch`; once per open request.
     */
    post: operations['requestIdentityCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description System admins: keep this account and close its duplicates (`others`, accounts with the same
     *     identity number), each then pointing to it.
     */
    post: operations['mergeAccounts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description System admins close an account that cannot be converted, with a reason. Reversible for 30 days. */
    post: operations['closeAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Undo a close within 30 days of it (409 after that). */
    post: operations['reopenAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Send an SMS or portal message to the citizen. Not twice within 7 days. The message is the one for the account's stuck reason (`reason`; none recorded: as `verified_not_linked`), each telling the citizen the one thing to do, always in Vietnamese, exactly as `reminderMessage(reason)` in src/lib/reminder-messages.ts gives it (texts in src/locales/vi/accounts.ts, `sms`): verified_not_linked → sign in with "Đăng nhập bằng VNeID" to link the old account before 01/07/2024; id_mismatch → go to the commune police to update the national population database; cmnd_only → sign in with VNeID so that the 12-digit personal identification number is added; no_id → take the ID card to the commune one-stop desk; duplicate → sign in only with VNeID, the duplicates are merged; inactive → sign in with VNeID before 01/07/2024 if the account is still needed. Each ends with the VNeID hotline 1900.0368. */
    post: operations['sendReminder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{id}/desk-report/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Withdraw a mistaken "linked at the desk" report while it is pending (account status
     *     `reported_at_desk`; 409 otherwise). Allowed to the officer who made the report and to
     *     system admins (`accounts:clean`); anyone else with access to the account gets 403 (audited,
     *     outcome `refused`). A `reason` (1–500 characters after trimming) is required. The account is
     *     `unconverted` again; its history gets `desk-report-withdrawn` with the reason; the report's
     *     state becomes `withdrawn`. Audited as `account.desk-report.withdraw`, targets `[id]`, details
     *     `{ reportedBy, reason }` (rules: `canWithdrawDeskReport` in src/lib/desk-report.ts).
     */
    post: operations['withdrawDeskReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description A one-stop officer opens a portal account for an organisation or business. Unchanged by the
     *     switch-over: organisation accounts wait for the Ministry's guidance. The commune must lie in
     *     the user's scope; a tax code already registered through this desk is a 409.
     */
    post: operations['createOrganisationAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/citizens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description The old desk function that opened a citizen account. Removed for every role from the day the
     *     `citizen_account_creation_removed` rule takes effect (15/06/2024): from then on the answer is
     *     410 Gone with `since`, whatever the body, and the attempt is audited
     *     (`account.create-citizen.refused`). Citizens register with VNeID instead.
     */
    post: operations['createCitizenAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/citizens/form': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Opening the old citizen form (a bookmark, a typed address). 204 while the function exists;
     *     from its removal 410 Gone with `since`, and the attempt is audited like an API call
     *     (`account.create-citizen.refused`, `via: form`).
     */
    get: operations['openCitizenAccountForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Notices the user may see, unread first then newest. `q` ignores case and tone marks. A notice exists from its `issuedOn` day (a draft from the day it was written): on an earlier (demo) day it is in no list and every operation on it answers 404, for its issuer too. */
    get: operations['listNotices'];
    put?: never;
    /** @description A new draft for the user's department. The body HTML is sanitised on save. */
    post: operations['createNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['getNotice'];
    /**
     * @description Save a notice. `baseVersion` must be the version the editor started from; otherwise 409 with
     *     the server's copy in `current`. Saving a published notice makes a new revision.
     */
    put: operations['updateNotice'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['publishNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Attach a PDF, PNG or JPEG file (at most 1 MiB, at most 5 per notice). The type is checked from
     *     the file's first bytes, not from its name; the name is kept as plain text.
     */
    post: operations['addNoticeAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The file, for anyone who may read the notice (and anyone, for a public notice). */
    get: operations['getNoticeAttachment'];
    put?: never;
    post?: never;
    delete: operations['removeNoticeAttachment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Withdraw a published notice: readers no longer see it, its pin stops, the issuing department
     *     keeps it in its list as archived.
     */
    post: operations['archiveNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description "I have read and will apply this", for the signed-in user. */
    post: operations['confirmNotice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/tracking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Per unit, how many of the intended staff confirmed; who has not (demo users). Publishers only. Each unit once; the issuing unit is not among the readers (it does not confirm its own notice); units sorted by share confirmed (confirmed / intended), lowest first, then by name. */
    get: operations['getNoticeTracking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notices/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Remind the staff who have not confirmed (audited). */
    post: operations['remindNoticeReaders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A published notice addressed to citizens or businesses, without signing in (404 before its `issuedOn` day). */
    get: operations['getPublicNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Every committed import, newest first: each is a dated snapshot of the account lists the
     *     province's systems exported (who, when, which file with its size and SHA-256, and its counts).
     *     System admins (`imports:run`).
     */
    get: operations['listImports'];
    put?: never;
    /**
     * @description Upload an account list (`.xlsx`, or `.csv` in UTF-8 with or without BOM, or Windows-1258 /
     *     Windows-1252 as Excel saves it) to be read and validated. Nothing is written: the answer is
     *     202 with the import as it starts (`status: reading`), and `GET /imports/{id}` follows it
     *     (progress in rows, then the summary). At most 50 MiB (52,428,800 bytes): a larger file is 413
     *     with a `detail` naming the file and the limit, and nothing of it is kept.
     *
     *     How a file is read (the same rules for every backend: `src/lib/import/`):
     *     - one sheet only; the first non-empty row holds the headings, recognised in Vietnamese with or
     *       without marks ("Họ và tên", "Số CCCD" / "Số định danh" / "CMND", "Số điện thoại", "Ngày đăng
     *       ký", "Đơn vị" / "Xã/phường", "Loại tài khoản", "Trạng thái VNeID" / "Đã liên kết", "Mã tài
     *       khoản"…); an unknown heading is left unmapped until `PUT /imports/{id}/mapping` maps it;
     *     - formulas are never evaluated: the value Excel saved with the cell is read;
     *     - the whole file is refused (`status: refused`, `fileProblem` naming the file, the row and the
     *       column) when it is not a spreadsheet, is empty or has headings only, has merged heading
     *       cells, a second sheet, or the same heading twice;
     *     - each row is checked on its own (`ImportRejection.code`); a rejected row is never written.
     */
    post: operations['startImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The date of the figures ("Số liệu đến …"): the latest committed snapshot's `asOf`, and whether
     *     it is stale (more than two days before the business day). For anyone who sees the figures
     *     (`stats:view`). `asOf` is null until a first import.
     */
    get: operations['getLatestImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    /**
     * @description One import: its progress while `reading`, then its columns, summary and first rejected rows.
     *     Only its uploader or another system admin may see it (404 for anyone else, as for an unknown
     *     id; 400 for an id of the wrong form); imports not committed are kept for a day.
     */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/mapping': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * @description Map columns by hand (the column's 0-based `index` to a field, or null to ignore it), then read
     *     and validate the file again (202, `status: reading`). Two columns may not map to one field
     *     (400, `errors[].field` = `columns.N.field`, code `duplicate_field`). Only once read: while
     *     `validated`, or `refused` for `missing_fields` (the one file problem a mapping fixes); 409
     *     otherwise.
     */
    put: operations['mapImportColumns'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/rejected': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    /**
     * @description Every rejected row (not only the first ones the import shows), as CSV (UTF-8 with BOM): the
     *     row's number in the file, the column, the reason (in `lang`, Vietnamese by default) and its
     *     code, then the row's cells as read. Cells that could start a formula are neutralised.
     */
    get: operations['downloadRejectedRows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/commit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Write a validated import, in one transaction (a failure part-way leaves the data as it was),
     *     as the snapshot of the business day (`asOf`). Idempotent: a row is matched by its account id,
     *     or by its CCCD / identity number where it has no id; a row equal to what is stored writes
     *     nothing, so the same file twice changes nothing the second time.
     *     - A row whose account is linked to VNeID while the stored account is not (as of `asOf`)
     *       converts it on `asOf`: a conversion is counted on the day a snapshot first shows it.
     *     - A row marked not linked whose account is stored as converted un-converts it.
     *     - A row that names another unit moves the account there.
     *     - A row matching no account adds it (`new`).
     *     With rejected rows, 409 unless `skipRejected` is true (then they are left out, and counted).
     *     409 too when the import is not `validated`, or when a snapshot dated after the business day
     *     exists. Audited (`import.commit`, details `file`, `size`,
     *     `sha256`, `asOf`, `new`, `changed`, `unchanged`, `rejected`).
     */
    post: operations['commitImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * @description Stop reading the file, or drop a validated import: nothing is written, the file is forgotten
     *     (`status: cancelled`). A committed import cannot be cancelled (409); cancelling a cancelled
     *     one answers it as it is.
     */
    post: operations['cancelImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every audited action and reveal, newest first (system admins). */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Every entry matching the list's filters (not one page), newest first, as CSV (UTF-8 with BOM)
     *     or XLSX, streamed. Cells that could start a formula are neutralised. System admins only.
     */
    get: operations['exportAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details. */
    Problem: {
      /** @description A URI naming the problem kind, e.g. `urn:problem:validation`. The UI translates by it. */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      /** @description Field errors (400 only). */
      errors?: components['schemas']['FieldError'][];
      /**
       * Format: date
       * @description For 410 Gone, the day the function was removed.
       */
      since?: string;
      /** @description For 423 Locked and 429, when to try again. */
      retryAfterSeconds?: number;
      /** @description For 409 on a stale version, the server's current copy. */
      current?: unknown;
    };
    FieldError: {
      /** @description Dotted path of the field, e.g. `representative.name`. */
      field: string;
      /** @description A stable code the UI translates (`required`, `too_long`, `invalid_format`, `invalid_value`, `too_small`, `too_big`). */
      code: string;
      message?: string;
    };
    /** Format: date */
    IsoDate: string;
    /** @enum {string} */
    Role: 'officer' | 'head' | 'dept_admin' | 'sys_admin';
    /** @description The part of the province a user may see. */
    Scope: {
      /** @enum {string} */
      level: 'province' | 'district';
      /** @description Set when level is district. */
      districtCode?: string;
    };
    LoginRequest: {
      username: string;
      password: string;
    };
    User: {
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      unit: components['schemas']['UnitRef'];
      scope: components['schemas']['Scope'];
      permissions: string[];
    };
    UnitRef: {
      code: string;
      name: string;
      /** @enum {string} */
      level: 'province' | 'district' | 'commune' | 'organisation';
    };
    Commune: {
      code: string;
      name: string;
      /** @enum {string} */
      kind: 'phường' | 'xã' | 'thị trấn';
    };
    District: {
      code: string;
      name: string;
      /** @enum {string} */
      kind: 'thành phố' | 'thị xã' | 'huyện';
      communes: components['schemas']['Commune'][];
    };
    Organisation: {
      code: string;
      name: string;
      /** @enum {string} */
      kind: 'department' | 'center' | 'police' | 'agency';
    };
    UnitTree: {
      province: {
        code: string;
        name: string;
      };
      districts: components['schemas']['District'][];
      organisations: components['schemas']['Organisation'][];
    };
    /**
     * @description One administrative unit. `kind` is a district's or a commune's kind as in `District` and
     *     `Commune` (null for the province). `parent` is null for the province, the province for a
     *     district, the district for a commune; `children` are a province's districts, a district's
     *     communes, and empty for a commune.
     */
    Unit: {
      code: string;
      name: string;
      /** @enum {string} */
      level: 'province' | 'district' | 'commune';
      kind: ('thành phố' | 'thị xã' | 'huyện' | 'phường' | 'xã' | 'thị trấn') | null;
      parent: components['schemas']['UnitRef'] | null;
      children: components['schemas']['UnitRef'][];
    };
    /** @enum {string} */
    PolicyRuleKey:
      | 'vneid_only_sign_in'
      | 'citizen_account_creation_removed'
      | 'citizen_conversion_deadline'
      | 'justice_one_stop_via_vneid'
      | 'organisation_accounts_unchanged'
      | 'organisation_portal_accounts_valid_until';
    PolicyRule: {
      key: components['schemas']['PolicyRuleKey'];
      effectiveFrom: components['schemas']['IsoDate'];
      effectiveUntil?: components['schemas']['IsoDate'] | null;
      /** @description The document behind the rule, e.g. "3701/VPCP-KSTT". */
      basis?: string;
    };
    Policy: {
      today: components['schemas']['IsoDate'];
      rules: components['schemas']['PolicyRule'][];
    };
    /** @enum {string} */
    Scenario: 'normal' | 'slow' | 'flaky' | 'offline' | 'expired-session';
    DemoState: {
      today: components['schemas']['IsoDate'];
      defaultToday: components['schemas']['IsoDate'];
      minDate: components['schemas']['IsoDate'];
      maxDate: components['schemas']['IsoDate'];
      scenario: components['schemas']['Scenario'];
    };
    DemoStateChange: {
      today?: components['schemas']['IsoDate'];
      scenario?: components['schemas']['Scenario'];
    };
    DemoUsers: {
      users: components['schemas']['DemoUserSummary'][];
    };
    /** @description A demo user as the sign-in page lists it (no password). */
    DemoUserSummary: {
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
      unitName: string;
    };
    StatsScope: {
      /** @enum {string} */
      level: 'province' | 'district' | 'commune';
      code: string;
      name: string;
      /** @description For a commune: its district. */
      districtCode?: string;
    };
    /**
     * @description From the 7-day pace against the pace needed to finish before the deadline.
     * @enum {string}
     */
    ProgressStatus: 'done' | 'on_track' | 'at_risk' | 'late';
    /** @enum {string} */
    StuckReason:
      'verified_not_linked' | 'id_mismatch' | 'cmnd_only' | 'no_id' | 'duplicate' | 'inactive';
    StatsSummary: {
      scope: components['schemas']['StatsScope'];
      asOf: components['schemas']['IsoDate'];
      citizens: {
        /** @description converted + reported + unconverted */
        total: number;
        /** @description Confirmed by VNeID (never desk reports). */
        converted: number;
        /** @description Reported as linked at the desk, awaiting reconciliation (status `reported_at_desk`). Not in `converted`. */
        reported: number;
        /** @description Neither converted nor reported. */
        unconverted: number;
        convertedToday: number;
        convertedLast7Days: number;
        /** @description converted / total, 0 to 1 */
        share: number;
      };
      /** @description Organisation / business and foreigner accounts wait for the Ministry's guidance; never late. */
      awaiting: {
        organisation: number;
        foreigner: number;
      };
      deadlines: {
        switchDate: components['schemas']['IsoDate'];
        deadline: components['schemas']['IsoDate'];
        /** @description Days left before the deadline day (0 on it; negative once past). */
        daysToDeadline: number;
        /** @description Accounts per day still needed to finish before the deadline (0 once past or done). */
        requiredPerDay: number;
        /** @description Average conversions per day over the last 7 days. */
        pacePerDay: number;
        /**
         * @description At the current pace, the day the scope reaches 100%. Never earlier than the forecast
         *     of any unit below it: a commune's is its own (its 7-day pace); a district's is the
         *     latest of its own and its communes'; the province's the latest of its own and its
         *     districts' (so of every commune). Null when the scope, or any unit below it that is
         *     not done, has a pace of 0. The rows of `/stats/by-unit` carry the same forecasts.
         */
        forecastDate: components['schemas']['IsoDate'] | null;
        /** @description The share reached by the deadline at the current pace. */
        shareAtDeadline: number;
      };
      reasons: {
        reason: components['schemas']['StuckReason'];
        count: number;
      }[];
      status: components['schemas']['ProgressStatus'];
    };
    StatsUnitRow: {
      code: string;
      name: string;
      /** @enum {string} */
      level: 'district' | 'commune';
      total: number;
      converted: number;
      /** @description Reported at the desk, awaiting reconciliation; not in converted. */
      reported: number;
      /** @description total − converted − reported */
      remaining: number;
      /** @description converted / total */
      share: number;
      pacePerDay: number;
      requiredPerDay: number;
      /** @description Accounts converted in the 7 days up to and including `asOf`. */
      convertedLast7Days: number;
      /**
       * @description The share converted 7 days before `asOf` (converted / total as they stood that day),
       *     so that the change since the previous week is `share − shareWeekAgo` (percentage points).
       */
      shareWeekAgo: number;
      /** @description The unit's forecast, by the rule of `StatsSummary.deadlines.forecastDate`. */
      forecastDate: components['schemas']['IsoDate'] | null;
      status: components['schemas']['ProgressStatus'];
    };
    StatsByUnit: {
      scope: components['schemas']['StatsScope'];
      asOf: components['schemas']['IsoDate'];
      rows: components['schemas']['StatsUnitRow'][];
    };
    StatsSeries: {
      scope: components['schemas']['StatsScope'];
      from: components['schemas']['IsoDate'];
      to: components['schemas']['IsoDate'];
      switchDate: components['schemas']['IsoDate'];
      deadline: components['schemas']['IsoDate'];
      points: {
        date: components['schemas']['IsoDate'];
        converted: number;
        cumulative: number;
        share: number;
      }[];
    };
    /** @enum {string} */
    AccountKind: 'citizen' | 'organisation' | 'foreigner';
    /** @enum {string} */
    AccountSource: 'national_portal' | 'provincial_portal' | 'desk';
    /**
     * @description At the demo day. Organisation and foreigner accounts are `awaiting_guidance`, never late.
     *     `reported_at_desk`: a one-stop officer reported that the citizen linked VNeID at the counter;
     *     awaiting reconciliation with the next VNeID sync. Not converted: counted apart in the
     *     statistics (`reported`), never in `converted`. A filter `status=reported_at_desk` lists them.
     * @enum {string}
     */
    AccountStatus:
      'converted' | 'reported_at_desk' | 'unconverted' | 'awaiting_guidance' | 'closed' | 'merged';
    AccountSummary: {
      id: string;
      kind: components['schemas']['AccountKind'];
      displayName: string;
      identityNumberMasked: string | null;
      phoneMasked: string | null;
      districtCode: string;
      communeCode: string;
      source: components['schemas']['AccountSource'];
      registeredOn: components['schemas']['IsoDate'];
      lastSeenOn: components['schemas']['IsoDate'];
      status: components['schemas']['AccountStatus'];
      /** @description Why an unconverted citizen account is stuck (null otherwise). */
      reason: components['schemas']['StuckReason'] | null;
      convertedOn: components['schemas']['IsoDate'] | null;
    };
    AccountPage: {
      items: components['schemas']['AccountSummary'][];
      total: number;
      page: number;
      pageSize: number;
    };
    AccountEvent: {
      id: string;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      type:
        | 'registered'
        | 'converted'
        | 'reminder'
        | 'visit'
        | 'identity-check'
        | 'merged'
        | 'closed'
        | 'reopened'
        | 'desk-report-confirmed'
        | 'desk-report-not-confirmed'
        | 'desk-report-withdrawn';
      /** @description Who did it (null for the citizen or the system). */
      username: string | null;
      details?: {
        [key: string]: string | number | boolean | null;
      };
    };
    AccountDetail: components['schemas']['AccountSummary'] & {
      birthYear: number | null;
      nationality: string;
      /** @description For organisation accounts created at the desk, their tax code. */
      taxCode: string | null;
      /** @description Other accounts with the same identity number, only those in the user's scope. */
      duplicates: components['schemas']['AccountSummary'][];
      /** @description The latest "linked at the desk" report on this account (null when none). */
      deskReport: components['schemas']['DeskReport'] | null;
      history: components['schemas']['AccountEvent'][];
      canReveal: boolean;
      lastReminderOn: components['schemas']['IsoDate'] | null;
    };
    RevealedNumbers: {
      identityNumber: string | null;
      phone: string | null;
    };
    /** @enum {string} */
    VisitOutcome: 'linked' | 'referred_police' | 'declined' | 'come_back_later';
    VisitRequest: {
      outcome: components['schemas']['VisitOutcome'];
      note?: string;
      /** @description Required with `linked`; must equal the account's id (the officer confirmed naming it). */
      confirmAccountId?: string;
    };
    DeskReport: {
      /** Format: date-time */
      reportedAt: string;
      reportedOn: components['schemas']['IsoDate'];
      /** @description Username of the officer who reported it. */
      reportedBy: string;
      /**
       * @description `pending` until the next VNeID sync; then `confirmed` (account converted) or
       *     `not_confirmed` (unconverted again); `withdrawn` by its author or an admin.
       * @enum {string}
       */
      state: 'pending' | 'confirmed' | 'not_confirmed' | 'withdrawn';
      /** @description The day of the sync or the withdrawal (null while pending). */
      resolvedOn: components['schemas']['IsoDate'] | null;
      withdrawReason: string | null;
      /** @description Whether the signed-in user may withdraw it now (pending, and its author or a system admin). */
      canWithdraw: boolean;
    };
    DeskReportWithdrawal: {
      reason: string;
    };
    MergeRequest: {
      others: string[];
    };
    /** @enum {string} */
    CloseReason: 'deceased' | 'duplicate_elsewhere' | 'no_longer_used' | 'fraudulent' | 'other';
    CloseRequest: {
      reason: components['schemas']['CloseReason'];
      note?: string;
    };
    /** @description Either `ids` or `filter`. */
    BulkReminderRequest: {
      /** @enum {string} */
      channel: 'sms' | 'portal';
      ids?: string[];
      /** @description The list's filters (same names as the query of GET /accounts). */
      filter?: {
        [key: string]: string;
      };
    };
    BulkReminderRefusal: {
      id: string;
      /** @enum {string} */
      reason: 'recently_reminded' | 'not_unconverted' | 'no_phone' | 'out_of_scope';
    };
    /**
     * @description A bulk reminder job. `processed` = `sent` + `refusedCount` grows from 0 to `matched` while it
     *     runs; the page shows `processed` / `matched` as its progress.
     */
    BulkReminderJob: {
      id: string;
      /**
       * @description `running` until every matched account has been handled; then `done`, or `failed`.
       * @enum {string}
       */
      status: 'running' | 'done' | 'failed';
      /** @enum {string} */
      channel: 'sms' | 'portal';
      /** @description The accounts the job handles (the selected ids, or those the filter matched when it started). */
      matched: number;
      /** @description Accounts handled so far. */
      processed: number;
      sent: number;
      refusedCount: number;
      /** @description The first 200 refusals, each with its reason. */
      refused: components['schemas']['BulkReminderRefusal'][];
      /** Format: date-time */
      startedAt: string;
      /** @description When it ended (null while running). */
      finishedAt: string | null;
      /**
       * @description Why a `failed` job stopped (null otherwise): `interrupted` (the server stopped while it
       *     ran), `error` (it could not go on).
       */
      failure: ('interrupted' | 'error') | null;
    };
    SavedViewRequest: {
      name: string;
      /** @description The list's URL parameters. */
      query: {
        [key: string]: string;
      };
    };
    SavedView: components['schemas']['SavedViewRequest'] & {
      id: string;
      /** Format: date-time */
      createdAt: string;
    };
    IdentityCheckRequest: {
      /** @description What looks wrong (name, date of birth…). */
      note: string;
    };
    ReminderRequest: {
      /** @enum {string} */
      channel: 'sms' | 'portal';
    };
    OrganisationAccountRequest: {
      /** @description 10 digits, or 10 digits, a dash and a 3-digit branch suffix. */
      taxCode: string;
      name: string;
      address: string;
      communeCode: string;
      /** Format: email */
      email?: string;
      representative: {
        name: string;
        /** @description 12-digit CCCD. */
        identityNumber: string;
        phone: string;
      };
    };
    CitizenAccountRequest: {
      fullName: string;
      identityNumber: string;
      birthDate: components['schemas']['IsoDate'];
      phone: string;
      communeCode: string;
    };
    CreatedAccount: {
      id: string;
      kind: components['schemas']['AccountKind'];
      displayName: string;
      taxCode: string | null;
      /** @description The citizen's or representative's CCCD, masked. */
      identityNumberMasked: string | null;
      districtCode: string;
      communeCode: string;
      createdOn: components['schemas']['IsoDate'];
      createdBy: string;
    };
    /** @enum {string} */
    NoticeDocType: 'thong_bao' | 'cong_van' | 'huong_dan';
    /** @enum {string} */
    NoticeStatus: 'draft' | 'published' | 'archived';
    NoticeAudience: {
      /** @enum {string} */
      staff: 'all' | 'districts' | 'desks' | 'none';
      districtCodes: string[];
      citizens: boolean;
      businesses: boolean;
    };
    NoticeInput: {
      docType: components['schemas']['NoticeDocType'];
      subject: string;
      /**
       * @description HTML, sanitised on save: only h2, h3, h4, p, br, strong, b, em, i, u, s, ul, ol, li, a,
       *     blockquote, table, thead, tbody, tr, th, td are kept; attributes only `href` on links (to
       *     http, https or mailto; a link gets rel="noopener noreferrer" and target="_blank", any other
       *     href is dropped) and `colspan`/`rowspan` on cells. What scripts, styles, SVG, MathML,
       *     iframes and the like hold goes with them. Checked BEFORE it is parsed (src/lib/notice-limits.ts):
       *     - at most 100,000 characters, before and after cleaning (links gain rel and target)
       *       (else 400, field `bodyHtml`, code `too_long`);
       *     - elements nested at most 32 deep (else 400, field `bodyHtml`, code `too_deep`), counted
       *       over the tags as written: a start tag opens an element (void elements such as `br`, and
       *       `<x/>`, do not), an end tag closes the nearest open element of its name and those inside
       *       it (one matching nothing closes nothing), and `li`, `td`/`th`, `tr`, `thead`/`tbody`
       *       and a block after an open `p` end the open one as HTML parsers do. Tag-like text in
       *       comments counts too.
       */
      bodyHtml: string;
      number?: string;
      signerAuthority?: string;
      signerTitle?: string;
      signerName?: string;
      recipients?: string[];
      related?: string[];
      audience: components['schemas']['NoticeAudience'];
      pinned?: boolean;
      effectiveFrom?: components['schemas']['IsoDate'];
      effectiveUntil?: components['schemas']['IsoDate'] | null;
    };
    NoticeUpdate: components['schemas']['NoticeInput'] & {
      baseVersion: number;
    };
    NoticeSummary: {
      id: string;
      number: string;
      docType: components['schemas']['NoticeDocType'];
      subject: string;
      issuerCode: string;
      issuerName: string;
      issuedOn: components['schemas']['IsoDate'];
      status: components['schemas']['NoticeStatus'];
      /** @description Pinned by its publisher. In lists, true only while published and in force at the demo day, so an expired notice no longer shows as a banner. */
      pinned: boolean;
      effectiveFrom: components['schemas']['IsoDate'];
      effectiveUntil: components['schemas']['IsoDate'] | null;
      version: number;
      /** @description Published revision (0 while a draft). */
      revision: number;
      /** @description Whether the signed-in user confirmed it. */
      confirmed: boolean;
      /** @description Whether the signed-in user's unit is in the audience (and so asked to confirm). */
      addressedToMe: boolean;
    };
    Notice: components['schemas']['NoticeSummary'] & {
      /** @description Sanitised HTML. */
      bodyHtml: string;
      /** @description The issuer's governing body, printed above the issuer's name in the document's header (Decree 30/2020/NĐ-CP, "cơ quan chủ quản"), in capitals: "UBND TỈNH BẮC GIANG" for the province's departments, agencies and centre; "BẢO HIỂM XÃ HỘI VIỆT NAM" for the provincial social insurance, "TỔNG CỤC THUẾ" for the tax department, "BỘ CÔNG AN" for the provincial police; null for the People's Committee itself. */
      governingBodyName: string | null;
      /** @description The body of the previous published revision, so readers see what changed. */
      previousBodyHtml: string | null;
      place: string;
      signerAuthority: string;
      signerTitle: string;
      signerName: string;
      recipients: string[];
      related: string[];
      audience: components['schemas']['NoticeAudience'];
      canEdit: boolean;
      attachments: components['schemas']['NoticeAttachment'][];
    };
    NoticeAttachment: {
      id: string;
      /** @description The file name as uploaded */
      name: string;
      /** @enum {string} */
      type: 'application/pdf' | 'image/png' | 'image/jpeg';
      /** @description Bytes. */
      size: number;
    };
    NoticeList: {
      items: components['schemas']['NoticeSummary'][];
    };
    NoticeTracking: {
      intended: number;
      confirmed: number;
      units: {
        unitCode: string;
        unitName: string;
        intended: number;
        confirmed: number;
      }[];
      /** @description Demo users in the audience who have not confirmed. */
      pending: {
        username: string;
        displayName: string;
        unitName: string;
      }[];
    };
    AuditEntry: {
      id: string;
      /** Format: date-time */
      at: string;
      /**
       * @description Who acted: the signed-in user, or for a failed sign-in or lockout the username that was
       *     tried (it may name nobody), or `-` for a request refused before any session was read
       *     (`request.refused-origin`).
       */
      username: string;
      /**
       * @description The user's role at the time; null when the entry is not tied to a signed-in user (failed
       *     sign-ins, lockouts, requests refused before the session was read).
       */
      role: components['schemas']['Role'] | null;
      /** @description The user's unit at the time; null when `role` is null. */
      unitCode: string | null;
      /**
       * @description What was done, e.g. `account.reveal`, `account.visit`, `account.export`,
       *     `account.search-number`, `account.desk-report.withdraw`. A refused attempt is written
       *     under the same action with outcome `refused`.
       */
      action: string;
      targets: string[];
      /**
       * @description Short structured facts, per action:
       *     - `account.export`: `format`, `numbers` (masked | full), `lang`, `rows`, `filter` (query
       *       string, keys sorted), `idsSha256` (hex SHA-256 of the ids in file order joined by `\n`),
       *       `reason` (full numbers only);
       *     - `account.search-number`: `kind` (identity | cmnd | phone), `matched`;
       *     - `account.visit`: `outcome`;
       *     - `account.desk-report.withdraw`: `reportedBy`, `reason`;
       *     - `audit.export`: `format`, `rows`, `filter` (the list's filters as a query string,
       *       keys sorted, blanks left out);
       *     - `notice.attach`: `file` (the attachment's id); `notice.remind`: `reminded`.
       *     Notices' other actions (`notice.create`, `notice.save`, `notice.publish`,
       *     `notice.detach`, `notice.archive`) name the notice in `targets` and have no details.
       */
      details?: {
        [key: string]: string | number | boolean | null;
      };
      /** @enum {string} */
      outcome: 'ok' | 'refused';
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      total: number;
      page: number;
      pageSize: number;
    };
    /**
     * @description What a column holds. `accountId`: the portal's account id; `identityNumber`: the 12-digit
     *     CCCD / personal identification number or the old 9-digit CMND (a tax code or passport for
     *     organisations and foreigners); `unit`: the commune (name, with or without marks, or its
     *     5-digit code); `registeredOn`: dd/MM/yyyy or an Excel date serial; `kind`: "Công dân",
     *     "Tổ chức" / "Doanh nghiệp", "Người nước ngoài"; `vneidStatus`: linked or not ("Đã liên kết",
     *     "Chưa liên kết", "Có" / "Không", "x", 1 / 0…).
     * @enum {string}
     */
    ImportField:
      | 'accountId'
      | 'fullName'
      | 'identityNumber'
      | 'phone'
      | 'registeredOn'
      | 'unit'
      | 'kind'
      | 'vneidStatus';
    /**
     * @description `reading` (the file is read and checked; `progress` moves), `validated` (read, no file
     *     problem; see `summary`), `refused` (a file problem: see `fileProblem`; nothing can be
     *     committed), `committed`, `cancelled`, `failed` (the server could not go on).
     * @enum {string}
     */
    ImportStatus: 'reading' | 'validated' | 'refused' | 'committed' | 'cancelled' | 'failed';
    ImportColumn: {
      index: number;
      /** @description The spreadsheet column, e.g. `C`. */
      letter: string;
      /** @description The heading as written in the file. */
      heading: string;
      field: components['schemas']['ImportField'] | null;
      /** @description The field was recognised from the heading (false when mapped by hand or not mapped). */
      recognised: boolean;
    };
    ImportProgress: {
      rowsRead: number;
      /** @description Of the sheet (or CSV text) read so far. */
      bytesRead: number;
      totalBytes: number;
      rowsPerSecond: number;
      elapsedMs: number;
    };
    ImportCounts: {
      /** @description Data rows read (headings and empty rows aside). */
      rowsRead: number;
      new: number;
      changed: number;
      unchanged: number;
      rejected: number;
      /** @description Of `changed`, the accounts the snapshot shows linked for the first time. */
      converted?: number;
    };
    ImportRejection: {
      /** @description The row number as the spreadsheet shows it (headings are row 1 when they are the first row). */
      row: number;
      /** @description The column's letter, or null for a reason about the whole row. */
      column: string | null;
      field: components['schemas']['ImportField'] | null;
      /**
       * @description `required` (a field the row needs is empty), `cccd_length` (not 12 digits),
       *     `cccd_province` (the first 3 digits are no province code), `cmnd_length` (a number of
       *     neither 9 nor 12 digits), `phone_invalid`, `unit_unknown` (no commune of the province by
       *     that name or code), `unit_outside_province` (a commune code of another province),
       *     `date_invalid`, `date_future`, `kind_invalid`, `status_invalid`, `duplicate_id` (the same
       *     account id or identity number earlier in the file, or an account an earlier row names
       *     by its other key; `value` names the first row), `formula_without_value`, `no_key`
       *     (neither account id nor identity number), `account_id_invalid` (an account id not of
       *     the form `TK`, `DN` or `CD` and 7 digits), `unknown_account` (an account id that does
       *     not exist, without the fields to add it).
       * @enum {string}
       */
      code:
        | 'required'
        | 'cccd_length'
        | 'cccd_province'
        | 'cmnd_length'
        | 'phone_invalid'
        | 'unit_unknown'
        | 'unit_outside_province'
        | 'date_invalid'
        | 'date_future'
        | 'kind_invalid'
        | 'status_invalid'
        | 'duplicate_id'
        | 'formula_without_value'
        | 'no_key'
        | 'account_id_invalid'
        | 'unknown_account';
      /** @description The cell as read (at most 200 characters). */
      value: string;
    };
    ImportFileProblem: {
      /**
       * @description `not_spreadsheet`, `empty` (no rows), `headings_only`, `merged_headings` (merged cells
       *     in the heading row; `column` is the first), `second_sheet` (`detail` names the sheets),
       *     `duplicate_headings` (`column` is the second one), `missing_fields` (no column for a
       *     field every row needs: `detail` names them; map a column by hand), `encoding` (a CSV in
       *     none of the encodings taken).
       * @enum {string}
       */
      code:
        | 'not_spreadsheet'
        | 'empty'
        | 'headings_only'
        | 'merged_headings'
        | 'second_sheet'
        | 'duplicate_headings'
        | 'missing_fields'
        | 'encoding';
      row: number | null;
      column: string | null;
      detail?: string;
    };
    ImportSnapshot: {
      id: string;
      asOf: components['schemas']['IsoDate'];
      /** Format: date-time */
      importedAt: string;
      /** @description The username. */
      importedBy: string;
      fileName: string;
      size: number;
      sha256: string;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      counts: components['schemas']['ImportCounts'];
    };
    ImportJob: {
      id: string;
      status: components['schemas']['ImportStatus'];
      fileName: string;
      size: number;
      format: ('xlsx' | 'csv') | null;
      /** @description A CSV's encoding as detected: `utf-8`, `utf-8-bom`, `windows-1258`, `windows-1252`. */
      encoding: ('utf-8' | 'utf-8-bom' | 'windows-1258' | 'windows-1252') | null;
      /** @description Hex SHA-256 of the file, once read. */
      sha256: string | null;
      /** Format: date-time */
      startedAt: string;
      startedBy: string;
      progress: components['schemas']['ImportProgress'];
      columns: components['schemas']['ImportColumn'][];
      /** @description Cells that held a formula (their saved values were read, never evaluated). */
      formulaCells: number;
      /** @description The counts, once read (null while reading). */
      summary: components['schemas']['ImportCounts'] | null;
      /** @description The first 50 rejected rows (each reason its own item); every one through `GET /imports/{id}/rejected`. */
      rejected: components['schemas']['ImportRejection'][];
      fileProblem: components['schemas']['ImportFileProblem'] | null;
      /** @description Once committed. */
      snapshot: components['schemas']['ImportSnapshot'] | null;
    };
    ImportMapping: {
      columns: {
        index: number;
        field: components['schemas']['ImportField'] | null;
      }[];
    };
    ImportCommitRequest: {
      /**
       * @description Write the valid rows and leave the rejected ones out.
       * @default false
       */
      skipRejected: boolean;
    };
    ImportList: {
      items: components['schemas']['ImportSnapshot'][];
    };
    ImportLatest: {
      asOf: components['schemas']['IsoDate'] | null;
      importedAt: string | null;
      /** @description The latest snapshot is more than two days before the business day. */
      stale: boolean;
    };
  };
  responses: {
    /** @description The request is invalid; `errors` names each field. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Not signed in, or the session has expired. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The role or the unit scope does not allow this. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No such resource (or not in the user's scope). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The resource changed since it was read (stale version) or the action clashes with its state. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The function no longer exists (since the date in `since`). */
    Gone: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Too many failed sign-ins; try again after `retryAfterSeconds`. */
    Locked: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    ImportId: string;
    /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
    AccountId: string;
    /** @description A district code (3 digits). Omitted = the user's whole scope. */
    StatsDistrict: string;
    /** @description A commune code (5 digits) inside `district`. */
    StatsCommune: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest'];
      };
    };
    responses: {
      /** @description Signed in; the `sid` cookie is set. */
      200: {
        headers: {
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      423: components['responses']['Locked'];
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @default false */
          everywhere?: boolean;
        };
      };
    };
    responses: {
      /** @description Signed out; the cookie is cleared. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed-in user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The administrative units. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitTree'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getUnit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The province's code (2 digits), a district's (3) or a commune's (5). */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit, its parent and its children. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Unit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rules and today's date. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Policy'];
        };
      };
    };
  };
  getDemoState: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The demo state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoState'];
        };
      };
    };
  };
  setDemoState: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DemoStateChange'];
      };
    };
    responses: {
      /** @description The new demo state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoState'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  resetDemo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The demo state after the reset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoState'];
        };
      };
    };
  };
  listDemoUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The demo users, in the order the sign-in page lists them. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DemoUsers'];
        };
      };
    };
  };
  getStatsSummary: {
    parameters: {
      query?: {
        /** @description A district code (3 digits). Omitted = the user's whole scope. */
        district?: components['parameters']['StatsDistrict'];
        /** @description A commune code (5 digits) inside `district`. */
        commune?: components['parameters']['StatsCommune'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getStatsByUnit: {
    parameters: {
      query?: {
        /** @description A district code (3 digits). Omitted = the user's whole scope. */
        district?: components['parameters']['StatsDistrict'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description The rows; their sums equal the scope's headline figures (`total`, `converted`,
       *     `reported`, `remaining` = the summary's `unconverted`).
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsByUnit'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getStatsSeries: {
    parameters: {
      query?: {
        /** @description A district code (3 digits). Omitted = the user's whole scope. */
        district?: components['parameters']['StatsDistrict'];
        /** @description A commune code (5 digits) inside `district`. */
        commune?: components['parameters']['StatsCommune'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The daily series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsSeries'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  listAccounts: {
    parameters: {
      query?: {
        q?: string;
        district?: string;
        commune?: string;
        kind?: components['schemas']['AccountKind'];
        status?: components['schemas']['AccountStatus'];
        reason?: components['schemas']['StuckReason'];
        source?: components['schemas']['AccountSource'];
        regFrom?: components['schemas']['IsoDate'];
        regTo?: components['schemas']['IsoDate'];
        seenBefore?: components['schemas']['IsoDate'];
        /**
         * @description `desk`: what an officer can do at the counter today first. Unconverted citizen accounts
         *     come first, ranked by reason: `verified_not_linked` (only the link to VNeID is missing:
         *     done in minutes with the citizen), `id_mismatch` (the police check can be requested
         *     today), `cmnd_only`, `no_id` (the citizen must bring a CCCD or get a number first),
         *     `duplicate` (merging is the system administrator's), `inactive`; within a reason the
         *     most recently seen first (`lastSeenOn` descending), then by id. Every other account
         *     (converted, awaiting guidance, merged, closed) follows, ordered the same way by
         *     `lastSeenOn` descending, then by id.
         */
        sort?:
          | 'name'
          | '-name'
          | 'registeredOn'
          | '-registeredOn'
          | 'lastSeenOn'
          | '-lastSeenOn'
          | 'commune'
          | '-commune'
          | 'desk';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of accounts and the total matching. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportAccounts: {
    parameters: {
      query: {
        format: 'csv' | 'xlsx';
        /** @description `masked` (default) or `full` (needs `accounts:reveal` and a `fullNumbersReason`). */
        numbers?: 'masked' | 'full';
        /** @description Why full numbers are needed (required with `numbers=full`); written to the audit log as `reason`. */
        fullNumbersReason?: string;
        /** @description Language of the preamble, headings and value labels. Default from `Accept-Language`, else `vi`. */
        lang?: 'vi' | 'en';
        q?: string;
        district?: string;
        commune?: string;
        kind?: components['schemas']['AccountKind'];
        status?: components['schemas']['AccountStatus'];
        reason?: components['schemas']['StuckReason'];
        source?: components['schemas']['AccountSource'];
        regFrom?: components['schemas']['IsoDate'];
        regTo?: components['schemas']['IsoDate'];
        seenBefore?: components['schemas']['IsoDate'];
        /**
         * @description `desk`: what an officer can do at the counter today first. Unconverted citizen accounts
         *     come first, ranked by reason: `verified_not_linked` (only the link to VNeID is missing:
         *     done in minutes with the citizen), `id_mismatch` (the police check can be requested
         *     today), `cmnd_only`, `no_id` (the citizen must bring a CCCD or get a number first),
         *     `duplicate` (merging is the system administrator's), `inactive`; within a reason the
         *     most recently seen first (`lastSeenOn` descending), then by id. Every other account
         *     (converted, awaiting guidance, merged, closed) follows, ordered the same way by
         *     `lastSeenOn` descending, then by id.
         */
        sort?:
          | 'name'
          | '-name'
          | 'registeredOn'
          | '-registeredOn'
          | 'lastSeenOn'
          | '-lastSeenOn'
          | 'commune'
          | '-commune'
          | 'desk';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  sendBulkReminders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkReminderRequest'];
      };
    };
    responses: {
      /** @description The job, started. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkReminderJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getBulkReminderJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkReminderJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listSavedViews: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The views, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SavedView'][];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  saveView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SavedViewRequest'];
      };
    };
    responses: {
      /** @description Saved. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  deleteView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        viewId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account with its duplicates (in scope) and history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  revealAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unmasked numbers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevealedNumbers'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  recordVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VisitRequest'];
      };
    };
    responses: {
      /** @description The account after the visit. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  requestIdentityCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IdentityCheckRequest'];
      };
    };
    responses: {
      /** @description The account after the request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  mergeAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeRequest'];
      };
    };
    responses: {
      /** @description The kept account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  closeAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseRequest'];
      };
    };
    responses: {
      /** @description The closed account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  reopenAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The reopened account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  sendReminder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReminderRequest'];
      };
    };
    responses: {
      /** @description The account after the reminder. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  withdrawDeskReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description `TK…` seeded / synced accounts; `DN…` organisation and `CD…` citizen accounts created at the desk. */
        id: components['parameters']['AccountId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeskReportWithdrawal'];
      };
    };
    responses: {
      /** @description The account after the withdrawal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  createOrganisationAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OrganisationAccountRequest'];
      };
    };
    responses: {
      /** @description The account was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedAccount'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
    };
  };
  createCitizenAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CitizenAccountRequest'];
      };
    };
    responses: {
      /** @description The account was created (only before the function was removed). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedAccount'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      410: components['responses']['Gone'];
    };
  };
  openCitizenAccountForm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function still exists. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      410: components['responses']['Gone'];
    };
  };
  listNotices: {
    parameters: {
      query?: {
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  createNotice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoticeInput'];
      };
    };
    responses: {
      /** @description The draft. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NoticeUpdate'];
      };
    };
    responses: {
      /** @description The saved notice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  publishNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The published notice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  addNoticeAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description The notice with its attachments. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getNoticeAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, as an attachment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/png': string;
          'image/jpeg': string;
        };
      };
      404: components['responses']['NotFound'];
    };
  };
  removeNoticeAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notice without that attachment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  archiveNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The archived notice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  confirmNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notice, now confirmed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  getNoticeTracking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The read tracking. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticeTracking'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  remindNoticeReaders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How many were reminded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            reminded: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getPublicNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The notice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notice'];
        };
      };
      404: components['responses']['NotFound'];
    };
  };
  listImports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The snapshots. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  startImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      /** @description The import, started. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /** @description The file is larger than 50 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLatestImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest snapshot's date. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportLatest'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  mapImportColumns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportMapping'];
      };
    };
    responses: {
      /** @description The import, read again. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  downloadRejectedRows: {
    parameters: {
      query?: {
        lang?: 'vi' | 'en';
      };
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rejected rows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  commitImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ImportCommitRequest'];
      };
    };
    responses: {
      /** @description The import, committed, with its snapshot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  cancelImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['ImportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import, cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportJob'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
    };
  };
  listAudit: {
    parameters: {
      query?: {
        username?: string;
        action?: string;
        from?: components['schemas']['IsoDate'];
        to?: components['schemas']['IsoDate'];
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of entries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  exportAudit: {
    parameters: {
      query: {
        format: 'csv' | 'xlsx';
        username?: string;
        action?: string;
        from?: components['schemas']['IsoDate'];
        to?: components['schemas']['IsoDate'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
}
