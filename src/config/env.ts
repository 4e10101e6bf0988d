/**
 * The app's configuration, validated once at start-up. Hand-checked rather than with a schema
 * library: two variables do not justify tens of kilobytes on every page load.
 */
export interface Env {
  /** Where the API lives: same origin `/api` unless a deployment says otherwise. */
  VITE_API_BASE_URL: string;
  /** Demo build: the mock backend answers every call. */
  VITE_DEMO: boolean;
}

export function parseEnv(raw: Record<string, unknown>): Env {
  const base = raw.VITE_API_BASE_URL;
  let url = '/api';
  if (base !== undefined && base !== '') {
    if (typeof base !== 'string') throw new Error('Invalid configuration: VITE_API_BASE_URL');
    const trimmed = base.trim();
    if (!(trimmed.startsWith('/') || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(trimmed))) {
      throw new Error(
        'Invalid configuration: VITE_API_BASE_URL must be an absolute http(s) URL or a path starting with /',
      );
    }
    url = trimmed;
  }
  const demo = raw.VITE_DEMO;
  if (demo !== undefined && demo !== '' && demo !== 'true' && demo !== 'false') {
    throw new Error('Invalid configuration: VITE_DEMO must be "true" or "false"');
  }
  return { VITE_API_BASE_URL: url.replace(/\/+$/, '') || '/', VITE_DEMO: demo === 'true' };
}

export const env: Env = parseEnv(import.meta.env);
