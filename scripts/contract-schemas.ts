import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:contract-schema/';
const RESOLVED = `\0${PREFIX}`;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The schema with every `#/components/schemas/…` reference replaced by what it names. */
function inline(node: Json, schemas: Record<string, Json>, seen: string[] = []): Json {
  if (Array.isArray(node)) return node.map((n) => inline(n, schemas, seen));
  if (node === null || typeof node !== 'object') return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    if (seen.includes(name)) throw new Error(`contract-schema: ${name} refers to itself`);
    const target = schemas[name];
    if (target === undefined) throw new Error(`contract-schema: no schema ${name}`);
    return inline(target, schemas, [...seen, name]);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v, schemas, seen)]));
}

/**
 * `import schema from 'virtual:contract-schema/<Name>'`: `components.schemas.<Name>` of
 * src/api/openapi.yaml as JSON, read when the app is built, so that a form checks what the
 * contract says (required fields, patterns, lengths) without a copy of its rules, and without the
 * document itself in the bundle.
 */
export function contractSchemas(root: string): Plugin {
  const file = join(root, 'src/api/openapi.yaml');
  return {
    name: 'contract-schemas',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      this.addWatchFile(file);
      const doc = load(readFileSync(file, 'utf8')) as {
        components: { schemas: Record<string, Json> };
      };
      const name = id.slice(RESOLVED.length);
      const schemas = doc.components.schemas;
      const schema = schemas[name];
      if (schema === undefined) this.error(`No schema ${name} in src/api/openapi.yaml`);
      return `export default ${JSON.stringify(inline(schema, schemas))};`;
    },
  };
}
