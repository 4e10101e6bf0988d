/** Vitest: make the seeded database once before the server's tests (see ./seeded.ts). */
import { prepareSeed } from './seeded';

export default async function setup(): Promise<void> {
  await prepareSeed((s) => console.log(`[server tests] ${s}`));
}
