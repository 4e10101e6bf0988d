/**
 * The typed map of every route the app serves. Links and the route table read from here: a string
 * is a route's pattern (the route table's `path`), a function builds the address of a route with a
 * parameter, whose pattern is the string beside it (`src/app/router.test.ts` holds the route table
 * to exactly these patterns).
 */
export const paths = {
  login: '/login',
  home: '/',
  accounts: '/accounts',
  account: (id: string) => `/accounts/${encodeURIComponent(id)}`,
  accountDetail: '/accounts/:id',
  accountNew: '/accounts/new',
  notices: '/notices',
  noticeNew: '/notices/new',
  notice: (id: string) => `/notices/${encodeURIComponent(id)}`,
  noticeDetail: '/notices/:id',
  noticeEdit: (id: string) => `/notices/${encodeURIComponent(id)}/edit`,
  noticeEditPattern: '/notices/:id/edit',
  noticePrint: (id: string) => `/notices/${encodeURIComponent(id)}/print`,
  noticePrintPattern: '/notices/:id/print',
  publicNotice: (id: string) => `/public/notices/${encodeURIComponent(id)}`,
  publicNoticePattern: '/public/notices/:id',
  guide: '/guide',
  audit: '/audit',
  imports: '/imports',
} as const;

/** Build `/login?next=…` so that sign-in returns the user to where they were. */
export function loginPath(next?: string): string {
  if (!next || next === paths.login || next.startsWith(`${paths.login}?`)) return paths.login;
  return `${paths.login}?next=${encodeURIComponent(next)}`;
}

/** Only same-app relative paths are accepted as a return address (no open redirects). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.home;
  }
  return next;
}
