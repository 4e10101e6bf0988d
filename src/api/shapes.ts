/**
 * The shapes the app cannot do without, checked on every answer before a page reads it: a proxy
 * page, a half-deployed backend or a renamed field becomes a clear "unexpected response" with a
 * retry instead of a blank page. Hand-written and small (no schema library in the bundle); a test
 * holds every entry to the OpenAPI document's required fields.
 */
export type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';
export type Shape = Readonly<Record<string, Kind>>;

const user: Shape = {
  username: 'string',
  displayName: 'string',
  role: 'string',
  unit: 'object',
  scope: 'object',
  permissions: 'array',
};
const page: Shape = { items: 'array', total: 'number', page: 'number', pageSize: 'number' };
const notice: Shape = { id: 'string', subject: 'string', status: 'string', attachments: 'array' };

/** Keyed by `METHOD /schema/path`, as the document writes the path. */
export const keyShapes: Readonly<Record<string, Shape>> = {
  'POST /auth/login': user,
  'GET /auth/me': user,
  'GET /policy': { today: 'string', rules: 'array' },
  'GET /units': { province: 'object', districts: 'array', organisations: 'array' },
  'GET /stats/summary': {
    scope: 'object',
    asOf: 'string',
    citizens: 'object',
    awaiting: 'object',
    deadlines: 'object',
    reasons: 'array',
  },
  'GET /stats/by-unit': { scope: 'object', asOf: 'string', rows: 'array' },
  'GET /stats/series': { scope: 'object', from: 'string', to: 'string', points: 'array' },
  'GET /accounts': page,
  'GET /accounts/{id}': { id: 'string', kind: 'string', status: 'string' },
  'GET /notices': { items: 'array' },
  'GET /notices/{id}': notice,
  'PUT /notices/{id}': notice,
  'GET /public/notices/{id}': notice,
  'GET /audit': page,
};

function kindOf(v: unknown): Kind | 'null' | 'undefined' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : 'undefined';
}

/** The first field that breaks the key shape of this call's answer, or null when it holds. */
export function shapeBreach(method: string, schemaPath: string, body: unknown): string | null {
  const shape = keyShapes[`${method.toUpperCase()} ${schemaPath}`];
  if (!shape) return null;
  if (kindOf(body) !== 'object') return `expected an object, got ${kindOf(body)}`;
  const b = body as Record<string, unknown>;
  for (const [field, kind] of Object.entries(shape)) {
    const got = kindOf(b[field]);
    if (got !== kind) return `${field}: expected ${kind}, got ${got}`;
  }
  return null;
}
