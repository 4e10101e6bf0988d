import { env } from '../config/env';

/**
 * Where the client sends its requests. A path-only base is resolved against the page's origin
 * (also what Node's fetch needs in tests).
 */
export const apiBaseUrl =
  env.VITE_API_BASE_URL.startsWith('/') && typeof location !== 'undefined'
    ? `${location.origin}${env.VITE_API_BASE_URL}`
    : env.VITE_API_BASE_URL;
