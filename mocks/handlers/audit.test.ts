import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { demoUsers } from '../db/demo-users';
import { writeAudit } from '../db/journal';

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}
const exportUrl = (query: string) => `${location.origin}/api/audit/export?${query}`;

/** The CSV's lines, after checking that it starts with the UTF-8 BOM. */
async function csvLines(r: Response): Promise<string[]> {
  const bytes = new Uint8Array(await r.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes).split('\r\n').filter(Boolean);
}

const admin = demoUsers.find((u) => u.username === 'admin.ict')!;

describe('audit log export', () => {
  it('streams every entry matching the filters as CSV with a BOM, not one page', async () => {
    await signIn('admin.ict');
    for (let i = 0; i < 30; i++)
      await api.POST('/accounts/{id}/reveal', { params: { path: { id: 'TK0000001' } } });
    await signIn('officer.center');
    await api.POST('/accounts/{id}/reveal', { params: { path: { id: 'TK0000002' } } });
    await signIn('admin.ict');
    const page = (
      await api.GET('/audit', {
        params: { query: { username: 'admin.ict', action: 'account.reveal' } },
      })
    ).data!;
    expect(page.total).toBe(30);
    expect(page.items).toHaveLength(25);

    const r = await fetch(exportUrl('format=csv&username=admin.ict&action=account.reveal'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toMatch(
      /filename="nhat-ky-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = await csvLines(r);
    expect(lines[0]).toBe(
      'Thời gian,Người thực hiện,Vai trò,Mã đơn vị,Đơn vị,Mã thao tác,Thao tác,Đối tượng,Kết quả,Chi tiết',
    );
    expect(lines).toHaveLength(31);
    expect(lines[1]).toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2},admin\.ict,Quản trị hệ thống,.*,account\.reveal,Xem số định danh đầy đủ,TK0000001,Đã thực hiện,$/,
    );
    expect(lines.some((l) => l.includes('officer.center'))).toBe(false);
  });

  it('filters by date range in Vietnamese days', async () => {
    await signIn('admin.ict');
    await api.POST('/accounts/{id}/reveal', { params: { path: { id: 'TK0000001' } } });
    const lines = async (q: string) => csvLines(await fetch(exportUrl(`format=csv&${q}`)));
    // The demo clock stands at 20/06/2024.
    expect((await lines('from=2024-06-20&to=2024-06-20&action=account.reveal')).length).toBe(2);
    expect((await lines('to=2024-06-19&action=account.reveal')).length).toBe(1);
  });

  it('neutralises cells that would start a formula, in CSV and XLSX', async () => {
    writeAudit(
      { ...admin, username: '@admin' },
      { action: 'account.close', targets: ['=HYPERLINK("http://x.example","y")'], details: {} },
    );
    writeAudit(admin, { action: '+cmd', targets: ['-2+3'], details: { note: '=1' } });
    await signIn('admin.ict');
    const text = (await csvLines(await fetch(exportUrl('format=csv')))).join('\n');
    expect(text).toContain(`'@admin`);
    expect(text).toContain(`"'=HYPERLINK(""http://x.example"",""y"")"`);
    expect(text).toContain(`,'+cmd,'+cmd,'-2+3,`);
    expect(text).not.toMatch(/(^|,)[=+\-@]/m);

    const r = await fetch(exportUrl('format=xlsx'));
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    const sheet = strFromU8(
      unzipSync(new Uint8Array(await r.arrayBuffer()))['xl/worksheets/sheet1.xml']!,
    );
    expect(sheet).toContain('<t xml:space="preserve">Người thực hiện</t>');
    expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://x.example&quot;`);
    expect(sheet).not.toMatch(/<t xml:space="preserve">[=+\-@]/);
  });

  it('is for system admins only, enforced on the server', async () => {
    expect((await fetch(exportUrl('format=csv'))).status).toBe(401);
    for (const username of ['officer.center', 'head.ict', 'admin.justice']) {
      await signIn(username);
      const r = await fetch(exportUrl('format=csv'));
      expect(r.status).toBe(403);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('answers 400 naming the field for a bad format or date, and audits a good export', async () => {
    await signIn('admin.ict');
    const bad = await fetch(exportUrl('format=pdf&from=2024-02-30'));
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['format', 'from']);

    await (await fetch(exportUrl('format=xlsx'))).arrayBuffer();
    const log = (await api.GET('/audit', { params: { query: { action: 'audit.export' } } })).data!;
    expect(log.items[0]).toMatchObject({ username: 'admin.ict', details: { format: 'xlsx' } });
  });
});
