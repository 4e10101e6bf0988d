export function findPostgres(): string | null;
export function freePort(): Promise<number>;
export function startPostgres(options?: {
  port?: number;
  durable?: boolean;
  log?: (s: string) => void;
}): Promise<{ url: string; port: number; dir: string; stop: () => void }>;
