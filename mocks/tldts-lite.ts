/**
 * Demo builds only (aliased for `tldts` in vite.config.ts): MSW's cookie store (tough-cookie) asks
 * `tldts` for a host's registrable domain, and tldts carries the whole public-suffix list, ~40 KiB of
 * gzip JavaScript on every demo page load. The demo only ever sets host-only cookies on the host it is
 * served from, so this answers like tldts for the hosts a demo runs on (IP addresses, localhost and
 * single labels: none; names: the last two labels, three under a two-level suffix such as gov.vn),
 * and is not a general replacement.
 */
const twoLevelSuffixes = new Set([
  'gov.vn',
  'com.vn',
  'edu.vn',
  'org.vn',
  'net.vn',
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'co.uk',
]);

export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || /^\d+(\.\d+){3}$/.test(host) || host === 'localhost') return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  const two = labels.slice(-2).join('.');
  if (twoLevelSuffixes.has(two)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return two;
}
