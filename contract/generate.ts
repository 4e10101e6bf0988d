/**
 * What `npm run gen:api` writes from src/api/openapi.yaml besides schema.d.ts:
 *
 * - the contract's request validators compiled ahead of time, for the demo backend: the schemas of
 *   contract/document.ts, compiled by ajv with the server's options, written out as ES modules
 *   (ajv's standalone code), so that the browser runs them without compiling code (the demo's
 *   Content Security Policy allows no eval);
 * - src/api/enums.ts: the lists of allowed values the contract declares, in its order, for the
 *   app and the demo backend to import instead of repeating them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { load } from 'js-yaml';
import { contractAjv } from './openapi';
import {
  at,
  DOC_ID,
  isObject,
  normaliseNullable,
  operationsOf,
  requestSchemas,
  type Json,
  type JsonObject,
} from './document';
import { AJV_OPTIONS, COERCING_OPTIONS } from './request-check';

const RUNTIME: Record<string, string> = {
  'ajv/dist/runtime/ucs2length': 'ucs2length',
  'ajv/dist/runtime/equal': 'equal',
};

/** ajv's standalone code refers to its runtime helpers with `require`: import them instead. */
function esm(code: string, header: string): string {
  const used = new Set<string>();
  const body = code.replace(/require\("([^"]+)"\)\.default/g, (_m, id: string) => {
    const name = RUNTIME[id];
    if (!name) throw new Error(`contract/generate.ts: no import for ${id}`);
    used.add(name);
    return name;
  });
  if (/require\(/.test(body)) throw new Error('contract/generate.ts: a require() is left');
  const names = ['formats', ...used].sort().join(', ');
  return `${header}import { ${names} } from './ajv-runtime';\n${body}\n`;
}

export function generateValidators(yamlText: string): { params: string; bodies: string } {
  const doc = normaliseNullable(load(yamlText) as Json) as JsonObject;
  const code = { source: true, esm: true, formats: _`formats`, lines: true };
  const coercing = contractAjv({ ...COERCING_OPTIONS, code });
  const plain = contractAjv({ ...AJV_OPTIONS, code });
  for (const ajv of [coercing, plain]) ajv.addSchema(doc, DOC_ID);
  const paramRefs: Record<string, string> = {};
  const bodyRefs: Record<string, string> = {};
  const shapes: Record<string, { requestTypes: string[]; requestRequired: boolean }> = {};
  for (const op of operationsOf(doc)) {
    const id = op.operationId;
    if (!/^[A-Za-z_]\w*$/.test(id)) throw new Error(`operationId ${id} is no identifier`);
    const s = requestSchemas(doc, op);
    coercing.addSchema(s.params, `${id}_params`);
    coercing.addSchema(s.query, `${id}_query`);
    paramRefs[`${id}_params`] = `${id}_params`;
    paramRefs[`${id}_query`] = `${id}_query`;
    if (s.body) {
      plain.addSchema(s.body, `${id}_body`);
      bodyRefs[`${id}_body`] = `${id}_body`;
    }
    shapes[id] = { requestTypes: op.requestTypes, requestRequired: op.requestRequired };
  }
  const header = (what: string) =>
    `// Generated from src/api/openapi.yaml by scripts/gen-api.mjs (contract/generate.ts): ${what}.\n` +
    `// Do not edit: run \`npm run gen:api\`.\n// @ts-nocheck\n`;
  return {
    params: esm(
      standaloneCode(coercing, paramRefs),
      header('the path parameters and query of each operation, coerced to their types'),
    ),
    bodies:
      esm(
        standaloneCode(plain, bodyRefs),
        header('the JSON body of each operation, and what each operation accepts as a body'),
      ) + `export const shapes = ${JSON.stringify(shapes)};\n`,
  };
}

/** An identifier from a parameter's name (`pageSize` → `PageSize`). */
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * src/api/enums.ts: every string enum the document names (`components.schemas`), and every
 * operation's query parameter whose schema lists its values inline (`listAccountsSort`), each as
 * a constant list in the document's order with the type of its values.
 */
export function generateEnums(yamlText: string): string {
  const doc = load(yamlText) as JsonObject;
  const lists: { name: string; values: string[]; where: string }[] = [];
  const enumOf = (schema: Json): string[] | null =>
    isObject(schema) &&
    Array.isArray(schema.enum) &&
    schema.enum.every((v) => typeof v === 'string')
      ? schema.enum
      : null;
  const components = isObject(doc.components) ? doc.components : {};
  for (const [name, schema] of Object.entries(
    isObject(components.schemas) ? components.schemas : {},
  )) {
    const values = enumOf(schema);
    if (values) lists.push({ name, values, where: `components.schemas.${name}` });
  }
  for (const op of operationsOf(doc)) {
    const own = at(doc, op.pointer);
    const params = isObject(own) && Array.isArray(own.parameters) ? own.parameters : [];
    for (const p of params) {
      if (!isObject(p) || p.in !== 'query' || typeof p.name !== 'string') continue;
      const values = enumOf(p.schema ?? null);
      if (values)
        lists.push({
          name: `${op.operationId}${upper(p.name)}`,
          values,
          where: `${op.operationId}, query parameter ${p.name}`,
        });
    }
  }
  const names = new Set<string>();
  const out = [
    '// Generated from src/api/openapi.yaml by scripts/gen-api.mjs (contract/generate.ts): the lists of',
    '// allowed values the contract declares, in its order. Do not edit: run `npm run gen:api`.',
    '',
  ];
  for (const { name, values, where } of lists) {
    if (names.has(name)) throw new Error(`generateEnums: ${name} twice`);
    names.add(name);
    out.push(
      `/** ${where} */`,
      `export const ${name} = ${JSON.stringify(values)} as const;`,
      `export type ${name} = (typeof ${name})[number];`,
      '',
    );
  }
  return out.join('\n');
}

const read = () => readFileSync(join(import.meta.dirname, '../src/api/openapi.yaml'), 'utf8');

/** Every file generated here, by path from the repository's root (enums.ts not yet formatted). */
export function generatedFiles(): Record<string, string> {
  const yamlText = read();
  const { params, bodies } = generateValidators(yamlText);
  return {
    'contract/request-params.gen.ts': params,
    'contract/request-bodies.gen.ts': bodies,
    'src/api/enums.ts': generateEnums(yamlText),
  };
}
