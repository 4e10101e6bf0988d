import { z } from 'zod';

const EnvSchema = z.object({
  /** Where the API lives: same origin `/api` unless a deployment says otherwise. */
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .refine((v) => v.startsWith('/') || /^https?:\/\/[^\s]+$/.test(v), {
      message: 'VITE_API_BASE_URL must be an absolute http(s) URL or a path starting with /',
    })
    .default('/api'),
  VITE_DEMO: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(raw: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`Invalid configuration: ${z.prettifyError(result.error)}`);
  }
  return { ...result.data, VITE_API_BASE_URL: result.data.VITE_API_BASE_URL.replace(/\/+$/, '') };
}

export const env: Env = parseEnv(import.meta.env);
