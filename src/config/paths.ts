/** The typed map of every route the app serves. Links and the route table read from here. */
export const paths = {
  login: '/login',
  home: '/',
  accounts: '/accounts',
  account: (id: string) => `/accounts/${encodeURIComponent(id)}`,
  accountNew: '/accounts/new',
  notices: '/notices',
  noticeNew: '/notices/new',
  notice: (id: string) => `/notices/${encodeURIComponent(id)}`,
  noticeEdit: (id: string) => `/notices/${encodeURIComponent(id)}/edit`,
  noticePrint: (id: string) => `/notices/${encodeURIComponent(id)}/print`,
  publicNotice: (id: string) => `/public/notices/${encodeURIComponent(id)}`,
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
