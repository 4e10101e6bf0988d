/**
 * The server's settings, from the environment, checked once at start-up. See docs/deploy/server.md.
 */
import { join } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  /** postgres://user:pass@host:5432/db — absent: the embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(join(process.cwd(), '.data', 'pglite')),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4820),
  /**
   * The site's own origins (scheme://host[:port]), comma-separated: a state-changing request must
   * come from one of them (Origin or Referer). Also the origins allowed by CORS.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default('http://127.0.0.1:4820')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** `Secure` on the session cookie (behind HTTPS). Default: on unless every origin is http://. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Trust X-Forwarded-For/-Proto from the web server in front (nginx on the same host). */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /**
   * The day the figures are computed for, when it is not today (Asia/Ho_Chi_Minh): a database
   * seeded with the demo's 2024 data is read as of 20/06/2024. Never set in production.
   */
  BUSINESS_DATE: z.iso.date().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  /** Largest request body in bytes (attachments have their own limit in the contract). */
  BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof Env> & { cookieSecure: boolean };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server settings:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const cookieSecure =
    c.COOKIE_SECURE !== undefined
      ? c.COOKIE_SECURE === 'true'
      : c.ALLOWED_ORIGINS.some((o) => o.startsWith('https://'));
  return { ...c, cookieSecure };
}
