/**
 * src/api/field-rules.gen.ts, written by `npm run gen:api` (scripts/gen-api.mjs): the rules of each
 * field of every JSON request body the contract names (`components.schemas.<Name>`), so that a form
 * checks what the backends will check (required fields, patterns, formats, lengths) without a copy
 * of the rules and without the document itself in the bundle. `fieldRule` and `fieldProblem`
 * (src/lib/field-rules.ts) read them.
 */
import { load } from 'js-yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One field's rules as written out (the pattern as the contract's source text). */
interface Rule {
  required: boolean;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
}

const SCHEMA_REF = '#/components/schemas/';

/** The schema a node stands for, `#/components/schemas/…` references followed. */
function resolve(node: Json, schemas: JsonObject, seen: string[] = []): JsonObject {
  if (!isObject(node)) return {};
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith(SCHEMA_REF)) throw new Error(`field rules: cannot follow ${ref}`);
  const name = ref.slice(SCHEMA_REF.length);
  if (seen.includes(name)) throw new Error(`field rules: ${name} refers to itself`);
  const target = schemas[name];
  if (target === undefined) throw new Error(`field rules: no schema ${name}`);
  return resolve(target, schemas, [...seen, name]);
}

/** An object schema's required names and properties, those of its `allOf` parts included. */
function objectParts(
  schema: JsonObject,
  schemas: JsonObject,
): { required: Json[]; properties: JsonObject } {
  const parts = [
    schema,
    ...(Array.isArray(schema.allOf) ? schema.allOf : []).map((p) => resolve(p, schemas)),
  ];
  return {
    required: parts.flatMap((p) => (Array.isArray(p.required) ? p.required : [])),
    properties: Object.assign(
      {},
      ...parts.map((p) => (isObject(p.properties) ? p.properties : {})),
    ) as JsonObject,
  };
}

/** The rules of an object schema's properties by dotted path (`representative.phone`). */
function rulesOf(schema: JsonObject, schemas: JsonObject, prefix = ''): Record<string, Rule> {
  const out: Record<string, Rule> = {};
  const { required, properties } = objectParts(schema, schemas);
  for (const [name, raw] of Object.entries(properties)) {
    const own = resolve(raw, schemas);
    const path = `${prefix}${name}`;
    const rule: Rule = { required: required.includes(name) };
    if (typeof own.pattern === 'string') rule.pattern = own.pattern;
    if (typeof own.format === 'string') rule.format = own.format;
    if (typeof own.minLength === 'number') rule.minLength = own.minLength;
    if (typeof own.maxLength === 'number') rule.maxLength = own.maxLength;
    out[path] = rule;
    if (isObject(own.properties) || Array.isArray(own.allOf))
      Object.assign(out, rulesOf(own, schemas, `${path}.`));
  }
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The text of src/api/field-rules.gen.ts (before Prettier) for the contract `yamlText`. */
export function generateFieldRules(yamlText: string): string {
  const doc = load(yamlText) as JsonObject;
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  // The JSON request bodies that name a schema, each once, with the operations that take it.
  const bodies = new Map<string, string[]>();
  for (const item of Object.values(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const op of Object.values(item)) {
      if (!isObject(op) || !isObject(op.requestBody) || !isObject(op.requestBody.content)) continue;
      for (const [type, media] of Object.entries(op.requestBody.content)) {
        if (!/json$/.test(type) || !isObject(media) || !isObject(media.schema)) continue;
        const ref = media.schema.$ref;
        if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_REF)) continue;
        const name = ref.slice(SCHEMA_REF.length);
        const id = typeof op.operationId === 'string' ? op.operationId : '(no operationId)';
        bodies.set(name, [...(bodies.get(name) ?? []), id]);
      }
    }
  }
  const out = [
    '// Generated from src/api/openapi.yaml by scripts/gen-api.mjs (scripts/field-rules-gen.ts): the',
    "// rules of each field of the contract's JSON request bodies, by dotted path, for the forms",
    '// (src/lib/field-rules.ts reads them). Do not edit: run `npm run gen:api`.',
    '',
    "/** One field's rules: whether it must be given, and what a given value must look like. */",
    'export interface ContractFieldRule {',
    '  required: boolean;',
    '  /** The pattern as the contract writes it (a regular expression, read with the `u` flag). */',
    '  pattern?: string;',
    '  format?: string;',
    '  minLength?: number;',
    '  maxLength?: number;',
    '}',
    '',
    "/** An object's fields by dotted path (`representative.phone`). */",
    'export type ContractFieldRules = Readonly<Record<string, ContractFieldRule>>;',
    '',
  ];
  for (const [name, operations] of [...bodies].sort(([a], [b]) => a.localeCompare(b))) {
    const rules = rulesOf(resolve(schemas[name] ?? null, schemas), schemas);
    out.push(
      `/** components.schemas.${name}, the body of ${operations.join(', ')}. */`,
      `export const ${lowerFirst(name)} = ${JSON.stringify(rules)} as const satisfies ContractFieldRules;`,
      '',
    );
  }
  return out.join('\n');
}
