/**
 * What the contract's validators compiled ahead of time (contract/request-*.gen.ts) need at run
 * time: the formats of ajv-formats (the same definitions the server's ajv uses) and ajv's string
 * length in code points. Both packages are CommonJS; Node hands an ES module `module.exports` as
 * the default export while bundlers hand `exports.default`, so the functions are taken from either.
 */
import * as formatsModule from 'ajv-formats/dist/formats.js';
import * as ucs2Module from 'ajv/dist/runtime/ucs2length.js';
import * as equalModule from 'ajv/dist/runtime/equal.js';

type Module<T> = { default?: T | { default?: T } } & Partial<Record<string, unknown>>;

function defaultOf<T extends (...args: never[]) => unknown>(m: Module<T>): T {
  const d = m.default;
  if (typeof d === 'function') return d;
  if (d && typeof d.default === 'function') return d.default;
  throw new Error('ajv runtime: no default export');
}

const fm = formatsModule as unknown as { fullFormats?: object; default?: { fullFormats: object } };
export const formats = (fm.fullFormats ?? fm.default!.fullFormats) as Record<string, unknown>;
export const ucs2length = defaultOf(ucs2Module as Module<(s: string) => number>);
export const equal = defaultOf(equalModule as Module<(a: unknown, b: unknown) => boolean>);
