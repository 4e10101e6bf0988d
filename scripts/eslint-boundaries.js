// ESLint rule for the layout's import boundaries. It resolves each import against the importing
// file, so `../../accounts/api/x` from src/features/dashboard is caught as well as
// `../../features/accounts/...` (a path pattern in `no-restricted-imports` only sees the string).
//   - src/ never imports mocks/ (except src/main.tsx, which loads the demo backend, and src/test/);
//   - a feature never imports another feature, nor src/app;
//   - shared code (src/components, lib, config, api, locales) never imports features or src/app.
// New feature folders are covered without touching the config.
import path from 'node:path';

const SHARED = ['components', 'lib', 'config', 'api', 'locales'];

/** @param {string} p */
const posix = (p) => p.split(path.sep).join('/');

/**
 * Where an import lands, relative to the project root, or undefined for a package.
 * `@/x` and `src/x` are read as src/x, in case a path alias is added later.
 * @param {string} root @param {string} fromFile @param {string} spec
 */
export function resolveTarget(root, fromFile, spec) {
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
    return posix(path.relative(root, path.resolve(path.dirname(fromFile), spec)));
  }
  if (spec.startsWith('@/') || spec.startsWith('~/')) return `src/${spec.slice(2)}`;
  if (spec.startsWith('src/') || spec.startsWith('mocks/')) return spec;
  return undefined;
}

/**
 * Why `from` may not import `to` (both relative to the root), or undefined when it may.
 * @param {string} from @param {string} to
 * @returns {string | undefined}
 */
export function violation(from, to) {
  if (!from.startsWith('src/')) return undefined;
  const [, area, name] = from.split('/');
  const [top, toArea, toName] = to.split('/');
  if (top === 'mocks' && from !== 'src/main.tsx' && area !== 'test') {
    return 'src/ must not import the demo backend in mocks/ (only src/main.tsx may, in demo builds).';
  }
  if (top !== 'src') return undefined;
  if (area === 'features' && name !== undefined && !name.includes('.')) {
    if (toArea === 'features' && toName !== undefined && toName !== name) {
      return `Features do not import each other (features/${name} → features/${toName}): move what they share to src/components or src/lib.`;
    }
    if (toArea === 'app') return 'Features do not import src/app.';
  }
  if (SHARED.includes(area ?? '') && (toArea === 'features' || toArea === 'app')) {
    return `Shared code (src/${area}) must not import src/${toArea}.`;
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import boundaries between src/ areas, features and mocks/.' },
    schema: [
      { type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false },
    ],
    messages: { boundary: '{{reason}}' },
  },
  create(context) {
    const root = /** @type {{ root?: string }} */ (context.options[0] ?? {}).root ?? context.cwd;
    const filename = context.filename;
    const from = posix(path.relative(root, filename));
    if (from.startsWith('..') || !from.startsWith('src/')) return {};

    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      if (!source) return;
      let spec;
      if (source.type === 'Literal' && typeof source.value === 'string') spec = source.value;
      else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
        spec = source.quasis[0]?.value.cooked ?? undefined;
      }
      if (!spec) return;
      const to = resolveTarget(root, filename, spec);
      const reason = to === undefined ? undefined : violation(from, to);
      if (reason) context.report({ node: source, messageId: 'boundary', data: { reason } });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { meta: { name: 'boundaries' }, rules: { imports: importsRule } };
