import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import boundaries from './eslint-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = '/project';
const rule = boundaries.rules!.imports!;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
const options = [{ root }];
const at = (file: string, code: string) => ({ code, filename: `${root}/${file}`, options });
const bad = (file: string, code: string) => ({
  ...at(file, code),
  errors: [{ messageId: 'boundary' }],
});

tester.run('boundaries/imports', rule, {
  valid: [
    at('src/features/dashboard/routes/page.tsx', "import x from '../api/get-progress';"),
    at('src/features/dashboard/routes/page.tsx', "import x from '../../../lib/i18n';"),
    at('src/features/dashboard/routes/page.tsx', "import x from '../../../components/page';"),
    at('src/features/dashboard/routes/page.tsx', "import x from '@mui/material';"),
    at('src/app/router.tsx', "import x from '../features/dashboard/routes/page';"),
    at('src/main.tsx', "const m = import('../mocks/browser');"),
    at('src/test/setup.ts', "import { server } from '../../mocks/node';"),
    at('src/test/render.tsx', "import { routes } from '../app/router';"),
    at('mocks/handlers/auth.ts', "import x from '../../src/features/auth/api/login';"),
  ],
  invalid: [
    // The sibling import a path pattern would miss: it never says "features".
    bad('src/features/dashboard/routes/page.tsx', "import x from '../../accounts/api/list';"),
    bad('src/features/dashboard/page.tsx', "import x from '../accounts';"),
    bad('src/features/dashboard/routes/page.tsx', "export * from '../../accounts/api/list';"),
    bad('src/features/dashboard/routes/page.tsx', "const m = import('../../notices/routes/x');"),
    bad('src/features/dashboard/routes/page.tsx', "import x from '../../../app/router';"),
    bad('src/features/dashboard/routes/page.tsx', "import x from '@/features/accounts/api';"),
    bad('src/features/accounts/routes/list.test.tsx', "import x from '../../../../mocks/node';"),
    bad('src/lib/csv.ts', "import x from '../features/accounts/api/list';"),
    bad('src/components/page.tsx', "import x from '../app/providers';"),
    bad('src/config/env.ts', "import x from '../../mocks/db';"),
    bad('src/api/client.ts', "export { x } from '../features/auth/api/me';"),
  ],
});
