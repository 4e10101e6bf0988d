// The production build the `http` e2e project runs (dist-http/): no mock code, calling the demo
// backend served by `npm run api` on E2E_PORT + 1 (see e2e/support/ports.ts).
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4817) + 1;
const r = spawnSync('vite build --outDir dist-http --emptyOutDir', {
  shell: true,
  stdio: 'inherit',
  env: {
    ...process.env,
    PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
    VITE_API_BASE_URL: `http://127.0.0.1:${port}/api`,
  },
});
process.exit(r.status ?? 1);
