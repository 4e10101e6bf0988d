/**
 * The demo backend checks requests with the contract's validators compiled ahead of time
 * (contract/request-*.gen.ts); the server compiles the same schemas at run time. Both must give
 * the same verdicts, and every handler whose operation has rules must apply them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../contract/document';
import type { RequestParts } from '../contract/request-check';
import { contract } from '../contract/openapi';
import { checkOperationRequest } from '../contract/request-validators';

const c = contract();

/** Requests right and wrong in many ways, for one operation. */
function probes(params: string[]): RequestParts[] {
  const path = (value: string) => Object.fromEntries(params.map((p) => [p, value]));
  const queries: Record<string, string | string[]>[] = [
    {},
    { page: '0', pageSize: '500', sort: 'nonsense', unknown: '1' },
    { page: '2', pageSize: '50', format: 'csv', lang: 'en', district: '222', commune: '07759' },
    { district: '22', commune: 'x', regFrom: '2024-02-30', kind: 'citizen', q: 'a'.repeat(101) },
    { format: 'pdf', numbers: 'full', fullNumbersReason: 'x', from: '2024-06-01', to: 'x' },
    { page: ['1', '2'], status: 'closed', reason: 'cmnd_only', source: 'desk' },
  ];
  const bodies: Pick<RequestParts, 'body' | 'mediaType'>[] = [
    { body: undefined, mediaType: '' },
    { body: {}, mediaType: 'application/json' },
    {
      body: { unknown: true, name: '', reason: 7, note: 'x'.repeat(600) },
      mediaType: 'application/json',
    },
    { body: [], mediaType: 'application/json' },
    { body: 'text', mediaType: 'text/plain' },
    { body: undefined, mediaType: 'multipart/form-data' },
    {
      body: {
        username: 'u',
        password: 'p',
        channel: 'sms',
        ids: ['TK0000001', 'XX'],
        outcome: 'linked',
        others: [],
        today: '2024-06-31',
        columns: [{ index: -1, field: 'fullName' }],
        skipRejected: 'yes',
      },
      mediaType: 'application/json',
    },
  ];
  const out: RequestParts[] = [];
  for (const p of [path('TK0000352'), path('x'), path('IM1'), {}])
    for (const query of queries) for (const b of bodies) out.push({ params: p, query, ...b });
  return out;
}

describe('the demo backend checks requests as the server does', () => {
  it.each(c.operations.map((op) => [op.operationId, op] as const))(
    '%s: the same verdicts from the compiled and the run-time validators',
    (id, op) => {
      const names = Object.keys(requestSchemas(c.doc, op).params.properties as object);
      for (const parts of probes(names)) {
        // Each check gets its own copy: the validators fill in defaults and drop unknown keys.
        const copy = (): RequestParts => structuredClone(parts);
        expect(checkOperationRequest(id, copy()), JSON.stringify(parts)).toEqual(
          c.validateRequest(op, copy()),
        );
      }
    },
  );

  it('every handler applies the contract where its operation has rules', () => {
    const dir = join(import.meta.dirname, 'handlers');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // The account handlers name their operation to accountOp or onAccount (handlers/account-op.ts),
    // which validate the request unless told `checked: false`.
    const checked = new Set(
      [
        ...source.matchAll(
          /(?:(?:valid|checkOperationRequest)\(|(?:accountOp|onAccount)\(\s*\w+,)\s*'(\w+)'(?!,[^)]*checked: false)/g,
        ),
      ].map((m) => m[1]),
    );
    const ruled = c.operations.filter((op) => {
      const s = requestSchemas(c.doc, op);
      const constrained = Object.values(s.params.properties as Record<string, object>).some(
        (schema) => Object.keys(schema).some((k) => k !== 'type'),
      );
      const query = Object.keys(s.query.properties as object).length > 0;
      return constrained || query || s.body !== null;
    });
    expect(ruled.length).toBeGreaterThan(20);
    expect(ruled.map((op) => op.operationId).filter((id) => !checked.has(id))).toEqual([]);
  });
});
