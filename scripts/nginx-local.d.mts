export const confPath: string;
export function findNginx(): string | null;
export function testConfig(nginx: string): void;
export function startNginx(options: {
  nginx: string;
  dist: string;
  port: number;
  redirectPort: number;
  apiPort?: number;
}): Promise<{ origin: string; stop: () => void }>;
