/**
 * What MSW expects of a browser and a Web Worker lacks. Imported first by ./backend.worker.ts, before
 * MSW's modules are evaluated.
 *
 * - `localStorage`: MSW's cookie store asserts it exists outside Node. Here it holds nothing that
 *   matters (MSW's own store stays empty); the demo's data is relayed to the page's localStorage
 *   through `relayedStore` in ../db/storage.ts.
 * - `document.cookie`: MSW reads the request's cookies from it and writes a response's
 *   `Set-Cookie` to it. A request's own `Cookie` header cannot be set (a forbidden header name), so
 *   the page sends its cookies with each request; a `Set-Cookie` goes back to the page.
 */
const scope = globalThis as unknown as Record<string, unknown>;

if (typeof scope.localStorage === 'undefined') {
  const items = new Map<string, string>();
  scope.localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

let cookies = '';
let onSetCookie: (value: string) => void = () => {};

/** One `Set-Cookie` string applied to `name=value; name2=value2`, as a browser would (path and domain aside). */
export function applySetCookie(jar: string, setCookie: string): string {
  const [pair = '', ...attributes] = setCookie.split(';');
  const eq = pair.indexOf('=');
  if (eq < 1) return jar;
  const name = pair.slice(0, eq).trim();
  const expired = attributes.some((a) => {
    const [k = '', v = ''] = a.split('=').map((s) => s.trim());
    return (
      (k.toLowerCase() === 'max-age' && Number(v) <= 0) ||
      (k.toLowerCase() === 'expires' && Date.parse(v) <= Date.now())
    );
  });
  const others = jar
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c && c.slice(0, c.indexOf('=')) !== name);
  if (!expired) others.push(`${name}=${pair.slice(eq + 1).trim()}`);
  return others.join('; ');
}

if (typeof scope.document === 'undefined') {
  scope.document = {
    get cookie() {
      return cookies;
    },
    set cookie(value: string) {
      cookies = applySetCookie(cookies, value);
      onSetCookie(value);
    },
  };
}

/** The page's cookies, as of the request about to be handled. */
export function usePageCookies(value: string): void {
  cookies = value;
}

/** Where a handler's `Set-Cookie` goes (to the page). */
export function onCookieSet(fn: (value: string) => void): void {
  onSetCookie = fn;
}
