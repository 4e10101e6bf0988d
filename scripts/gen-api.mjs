// Generate from src/api/openapi.yaml: src/api/schema.d.ts (the types), src/api/enums.ts (the lists
// of allowed values), src/api/field-rules.gen.ts (the forms' field rules; see
// scripts/field-rules-gen.ts) and the demo backend's request validators compiled ahead of time
// (contract/request-*.gen.ts; see contract/generate.ts). With --check, fail when one is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { tsImport } from 'tsx/esm/api';

const root = new URL('../', import.meta.url);
const spec = new URL('src/api/openapi.yaml', root);
const header =
  '// Generated from openapi.yaml by scripts/gen-api.mjs. Do not edit: run `npm run gen:api`.\n';

/** Prettier's formatting, for the files it checks (the compiled validators it ignores). */
async function pretty(path, text) {
  const filepath = fileURLToPath(new URL(path, root));
  const options = (await resolveConfig(filepath)) ?? {};
  return format(text, { ...options, filepath });
}

const ast = await openapiTS(spec);
const { generatedFiles } = await tsImport('../contract/generate.ts', import.meta.url);
const { generateFieldRules } = await tsImport('./field-rules-gen.ts', import.meta.url);
const files = {
  'src/api/schema.d.ts': await pretty('src/api/schema.d.ts', header + astToString(ast)),
  ...generatedFiles(),
};
files['src/api/enums.ts'] = await pretty('src/api/enums.ts', files['src/api/enums.ts']);
files['src/api/field-rules.gen.ts'] = await pretty(
  'src/api/field-rules.gen.ts',
  generateFieldRules(readFileSync(spec, 'utf8')),
);

const check = process.argv.includes('--check');
const stale = [];
for (const [path, text] of Object.entries(files)) {
  const target = fileURLToPath(new URL(path, root));
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === text) continue;
  if (check) stale.push(path);
  else {
    writeFileSync(target, text);
    console.log(`Wrote ${path}`);
  }
}
if (check) {
  if (stale.length) {
    console.error(`Stale: ${stale.join(', ')}. Run \`npm run gen:api\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${Object.keys(files).join(', ')} match openapi.yaml.`);
}
