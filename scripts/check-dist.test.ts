// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDist } from './check-dist.mjs';

let dir = '';
function plant(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'check-dist-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const clean = {
  'index.html': '<!doctype html><script type="module" src="/assets/index-abc.js"></script>',
  // The word alone is not the demo password: a production bundle may say "demo" elsewhere.
  // The word alone is not the demo password: a production bundle may say "demo" elsewhere.
  'assets/index-abc.js':
    'const mode="demo";q.filter(e=>e.queryKey[0]!==`demo`);fetch("/api/auth/login",{method:"POST"});',
};

describe('scripts/check-dist.mjs', () => {
  it('passes a clean build', () => {
    expect(checkDist(plant(clean))).toEqual({ problems: [], checked: 2 });
  });

  it.each([
    ['assets/users-x.js', 'const u=[{username:"officer.vietyen"}]', /a demo username/],
    ['assets/login-x.js', 'export const n="Thân Văn Long";', /a demo user’s name/],
    ['assets/auth-x.js', 'if(t.password===`demo`)ok()', /the demo password/],
    ['assets/form-x.js', '{password:"demo",username:e}', /the demo password/],
    ['assets/check-x.js', 'if("demo"===body.password)ok()', /the demo password/],
    ['assets/chunk-x.js', 'var t=e({DEMO_PASSWORD:()=>n}),n=`demo`', /the demo password/],
    ['assets/login-y.js', 'e.GET("/demo/users")', /the request for the demo users/],
    ['assets/chunk.js.map', '{"sourcesContent":["setupWorker(...handlers)"]}', /MSW itself/],
    ['mockServiceWorker.js', '/* worker */', /the mock service worker file/],
  ])('fails on a planted %s', (name, text, why) => {
    const { problems } = checkDist(plant({ ...clean, [name]: text }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
    expect(problems[0]).toMatch(why);
  });
});
