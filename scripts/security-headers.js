// The response headers every page of the app is served with: by `vite preview` (vite.config.ts),
// and, written out, by the example nginx configuration (docs/deploy/nginx.conf; a test keeps the two
// in step). Plain JavaScript so that both Vite's config and Node scripts can read it.

/**
 * The origin of an absolute API base URL (`https://api.example/api` → `https://api.example`), or
 * null for a same-origin path such as `/api`.
 * @param {string | undefined} apiBaseUrl
 * @returns {string | null}
 */
export function apiOrigin(apiBaseUrl) {
  if (!apiBaseUrl || apiBaseUrl.startsWith('/')) return null;
  return new URL(apiBaseUrl).origin;
}

/**
 * The Content Security Policy. No inline scripts and no eval; styles allow 'unsafe-inline' because
 * MUI (Emotion) injects its styles at run time. The demo build also runs the mock service worker
 * and the mock backend's Web Worker, both files from the site itself.
 * @param {{ demo: boolean, apiBaseUrl?: string }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ demo, apiBaseUrl }) {
  const api = apiOrigin(apiBaseUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${api ? ` ${api}` : ''}`,
    `worker-src ${demo ? "'self'" : "'none'"}`,
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Every security header, by name.
 * @param {{ demo: boolean, apiBaseUrl?: string }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders(options) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
