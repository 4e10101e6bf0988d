// Generate src/api/schema.d.ts from src/api/openapi.yaml. With --check, fail when it is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

const spec = new URL('../src/api/openapi.yaml', import.meta.url);
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const header =
  '// Generated from openapi.yaml by scripts/gen-api.mjs. Do not edit: run `npm run gen:api`.\n';

const ast = await openapiTS(spec);
const options = (await resolveConfig(target)) ?? {};
const text = await format(header + astToString(ast), { ...options, filepath: target });

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('src/api/schema.d.ts is stale: run `npm run gen:api` and commit the result.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches openapi.yaml.');
} else {
  writeFileSync(target, text);
  console.log('Wrote src/api/schema.d.ts');
}
