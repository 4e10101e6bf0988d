import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import type { components } from '../../src/api/schema';
import { communes } from '../db/units';

type ImportJob = components['schemas']['ImportJob'];

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}

/** A CSV upload as a browser sends it (see imports.test.ts: jsdom's FormData cannot be sent). */
async function upload(csv: string, name: string): Promise<ImportJob> {
  const boundary = 'vneid-import-boundary';
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
    `Content-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  const res = await fetch(new URL('/api/imports', location.href), {
    method: 'POST',
    body: new TextEncoder().encode(body),
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as ImportJob;
  for (let i = 0; i < 600; i++) {
    const job = (await api.GET('/imports/{id}', { params: { path: { id } } })).data!;
    if (job.status !== 'reading') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('still reading');
}

async function importAndCommit(csv: string, name: string) {
  const job = await upload(csv, name);
  expect(job.status).toBe('validated');
  const committed = await api.POST('/imports/{id}/commit', {
    params: { path: { id: job.id } },
    body: { skipRejected: true },
  });
  expect(committed.data?.status).toBe('committed');
  return committed.data!.snapshot!.counts;
}

const list = async (query: Record<string, string>) =>
  (await api.GET('/accounts', { params: { query } })).data!;

const HEAD =
  'Mã tài khoản,Họ và tên,Số CCCD,Số điện thoại,Ngày đăng ký,Mã xã,Loại tài khoản,Trạng thái VNeID\n';
/** Xã Thượng Lan (Việt Yên) and another commune of the province. */
const THUONG_LAN = '07759';
const OTHER = communes.find((c) => c.districtCode !== '222')!;

describe(
  'accounts an import adds or changes, in the list and on their page',
  { timeout: 60_000 },
  () => {
    it('finds the added people by name and number, shows the values of the file, and forgets them on reset', async () => {
      await signIn('admin.ict');
      const counts = await importAndCommit(
        HEAD +
          `,Lò Thị Nhập,024190000001,0912345678,01/06/2024,${THUONG_LAN},Công dân,Đã liên kết\n` +
          `TK8000001,Hà Văn Thử,024190000002,0987654321,02/06/2024,${THUONG_LAN},Công dân,Chưa liên kết\n` +
          `,Công ty TNHH Nhập Khẩu Thử,2400000001,,,${OTHER.code},Tổ chức,\n`,
        'moi.csv',
      );
      expect(counts).toMatchObject({ new: 3, changed: 0, converted: 1, rejected: 0 });

      // By name (with or without marks), by the whole CCCD, and by the last 4 digits the mask shows.
      const byName = await list({ q: 'lo thi nhap' });
      expect(byName.items.map((a) => a.displayName)).toEqual(['Lò Thị Nhập']);
      const [linked] = byName.items;
      expect(linked).toMatchObject({
        id: 'TK9000001',
        kind: 'citizen',
        identityNumberMasked: '024•••••0001',
        phoneMasked: '091•••5678',
        districtCode: '222',
        communeCode: THUONG_LAN,
        source: 'provincial_portal',
        registeredOn: '2024-06-01',
        lastSeenOn: '2024-06-20',
        status: 'converted',
        reason: null,
        convertedOn: '2024-06-20',
      });
      expect((await list({ q: '024190000002' })).items).toMatchObject([
        {
          id: 'TK8000001',
          displayName: 'Hà Văn Thử',
          status: 'unconverted',
          reason: 'verified_not_linked',
        },
      ]);
      expect((await list({ q: 'nhập khẩu' })).items).toMatchObject([
        {
          id: 'TK9000002',
          kind: 'organisation',
          status: 'awaiting_guidance',
          registeredOn: '2024-06-20',
        },
      ]);
      // Filters see them too: the commune, the status, the source.
      const inCommune = await list({ commune: THUONG_LAN, status: 'unconverted', q: 'ha van thu' });
      expect(inCommune.items.map((a) => a.id)).toContain('TK8000001');
      expect((await list({ q: 'lo thi nhap', source: 'desk' })).total).toBe(0);

      const page = (await api.GET('/accounts/{id}', { params: { path: { id: 'TK9000001' } } }))
        .data!;
      expect(page).toMatchObject({ ...linked, birthYear: null, nationality: 'VN', duplicates: [] });
      expect(page.history.map((e) => e.type)).toEqual(['registered', 'converted']);
      // An officer of another district does not see it (404, as an unknown account).
      await signIn('head.luc-ngan');
      await expect(
        api.GET('/accounts/{id}', { params: { path: { id: 'TK9000001' } } }),
      ).rejects.toMatchObject({ status: 404 });
      expect((await list({ q: 'lo thi nhap' })).total).toBe(0);

      // A later file changes them: one by its id now linked and moved, one by its number alone.
      await signIn('admin.ict');
      const again = await importAndCommit(
        HEAD +
          `TK8000001,Hà Văn Thử,024190000002,0987654321,02/06/2024,${OTHER.code},Công dân,Đã liên kết\n` +
          `,Lò Thị Nhập,024190000001,0912345678,01/06/2024,${THUONG_LAN},Công dân,Đã liên kết\n`,
        'lan-hai.csv',
      );
      expect(again).toMatchObject({ new: 0, changed: 1, unchanged: 1, converted: 1 });
      expect((await list({ q: '024190000002' })).items).toMatchObject([
        {
          id: 'TK8000001',
          communeCode: OTHER.code,
          districtCode: OTHER.districtCode,
          status: 'converted',
          convertedOn: '2024-06-20',
        },
      ]);
      // The same file again changes nothing.
      expect(
        await importAndCommit(
          HEAD +
            `TK8000001,Hà Văn Thử,024190000002,0987654321,02/06/2024,${OTHER.code},Công dân,Đã liên kết\n`,
          'lan-ba.csv',
        ),
      ).toMatchObject({ new: 0, changed: 0, unchanged: 1 });

      await api.POST('/demo/reset');
      await signIn('admin.ict');
      expect((await list({ q: 'lo thi nhap' })).total).toBe(0);
      expect((await list({ q: '024190000002' })).total).toBe(0);
      await expect(
        api.GET('/accounts/{id}', { params: { path: { id: 'TK8000001' } } }),
      ).rejects.toMatchObject({ status: 404 });
      // Numbering starts again after a reset.
      await importAndCommit(
        HEAD + `,Lò Thị Nhập,024190000001,0912345678,01/06/2024,${THUONG_LAN},Công dân,\n`,
        'sau-reset.csv',
      );
      expect((await list({ q: 'lo thi nhap' })).items.map((a) => a.id)).toEqual(['TK9000001']);
      await api.POST('/demo/reset');
    });
  },
);
