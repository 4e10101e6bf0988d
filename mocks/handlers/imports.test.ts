import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import type { components } from '../../src/api/schema';
import { toXlsx } from '../../src/lib/xlsx';
import { datasetSync } from '../db';
import { sampleImportRows } from '../db/import-sample';

type ImportJob = components['schemas']['ImportJob'];

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}

/**
 * The multipart body a browser sends, built by hand: under jsdom the global FormData is jsdom's,
 * which Node's fetch cannot serialise.
 */
function post(bytes: Uint8Array, name: string) {
  const boundary = 'vneid-import-boundary';
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  const body = new Uint8Array(head.length + bytes.length + tail.length);
  body.set(head);
  body.set(bytes, head.length);
  body.set(tail, head.length + bytes.length);
  return fetch(new URL('/api/imports', location.href), {
    method: 'POST',
    body,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
  });
}

async function upload(bytes: Uint8Array, name: string) {
  const res = await post(bytes, name);
  expect(res.status).toBe(202);
  return (await res.json()) as ImportJob;
}

async function settled(id: string): Promise<ImportJob> {
  for (let i = 0; i < 600; i++) {
    const job = (await api.GET('/imports/{id}', { params: { path: { id } } })).data!;
    if (job.status !== 'reading') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('still reading');
}

const figures = async () => (await api.GET('/stats/summary', { params: { query: {} } })).data!;

describe('imports (demo backend)', { timeout: 60_000 }, () => {
  it('is for system admins only', async () => {
    await signIn('officer.vietyen');
    await expect(api.GET('/imports')).rejects.toMatchObject({ status: 403 });
    expect((await api.GET('/imports/latest')).response.status).toBe(200);
  });

  it('moves the figures once: the same file again changes nothing; reset brings the seed back', async () => {
    await signIn('admin.ict');
    const ds = datasetSync();
    const rows = sampleImportRows(ds, {
      today: '2024-06-20',
      linked: 120,
      unchanged: 30,
      added: 6,
    });
    const file = toXlsx('DS', rows);
    const before = await figures();
    expect((await api.GET('/imports/latest')).data).toEqual({
      asOf: null,
      importedAt: null,
      stale: false,
    });

    const first = await settled((await upload(file, 'ds-2024-06-20.xlsx')).id);
    expect(first.status).toBe('validated');
    expect(first.summary).toMatchObject({
      rowsRead: 156,
      new: 6,
      changed: 120,
      unchanged: 30,
      rejected: 0,
      converted: 123,
    });
    // Nothing is written before the commit.
    expect((await figures()).citizens).toEqual(before.citizens);
    const committed = await api.POST('/imports/{id}/commit', {
      params: { path: { id: first.id } },
    });
    expect(committed.data?.status).toBe('committed');
    const after = await figures();
    expect(after.citizens.converted).toBe(before.citizens.converted + 123);
    expect(after.citizens.total).toBe(before.citizens.total + 6);

    const second = await settled((await upload(file, 'ds-2024-06-20.xlsx')).id);
    expect(second.summary).toMatchObject({ new: 0, changed: 0, unchanged: 156, rejected: 0 });
    await api.POST('/imports/{id}/commit', { params: { path: { id: second.id } } });
    expect((await figures()).citizens).toEqual(after.citizens);

    const list = (await api.GET('/imports')).data!.items;
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({
      asOf: '2024-06-20',
      importedBy: 'admin.ict',
      fileName: 'ds-2024-06-20.xlsx',
      size: file.length,
    });
    expect(list[0]!.sha256).toBe(list[1]!.sha256);
    expect((await api.GET('/imports/latest')).data).toMatchObject({
      asOf: '2024-06-20',
      stale: false,
    });
    const audit = (await api.GET('/audit', { params: { query: { action: 'import.commit' } } }))
      .data!;
    expect(audit.items[0]!.details).toMatchObject({
      file: 'ds-2024-06-20.xlsx',
      new: 0,
      changed: 0,
    });

    // Two days later the figures are stale.
    await api.PUT('/demo/state', { body: { today: '2024-06-23' } });
    expect((await api.GET('/imports/latest')).data!.stale).toBe(true);

    await api.POST('/demo/reset');
    await signIn('admin.ict');
    expect((await figures()).citizens).toEqual(before.citizens);
    expect((await api.GET('/imports')).data!.items).toEqual([]);
  });

  it('refuses a row naming by its number an account an earlier row names by its id', async () => {
    await signIn('admin.ict');
    const rows = sampleImportRows(datasetSync(), { today: '2024-06-20', linked: 3 });
    rows.push(['', ...rows[1]!.slice(1)]);
    const job = await settled((await upload(toXlsx('DS', rows), 'hai-lan.xlsx')).id);
    expect(job.summary).toMatchObject({ rowsRead: 4, changed: 3, rejected: 1 });
    expect(job.rejected.map((r) => [r.row, r.field, r.code, r.value])).toEqual([
      [5, 'identityNumber', 'duplicate_id', '2'],
    ]);
  });

  it('refuses a file with three bad rows, naming them, and writes nothing', async () => {
    await signIn('admin.ict');
    const ds = datasetSync();
    const rows = sampleImportRows(ds, { today: '2024-06-20', linked: 10 });
    rows[3]![2] = '02419012345'; // 11 digits
    rows[5]![5] = 'Phường Ba Đình'; // not in the province
    rows[8]![3] = '0123'; // not a phone number
    const before = await figures();
    const job = await settled((await upload(toXlsx('DS', rows), 'loi.xlsx')).id);
    expect(job.summary).toMatchObject({ rowsRead: 10, rejected: 3 });
    expect(job.rejected.map((r) => [r.row, r.column, r.code])).toEqual([
      [4, 'C', 'cccd_length'],
      [6, 'F', 'unit_unknown'],
      [9, 'D', 'phone_invalid'],
    ]);
    await expect(
      api.POST('/imports/{id}/commit', { params: { path: { id: job.id } } }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await figures()).citizens).toEqual(before.citizens);
    const csv = await fetch(new URL(`/api/imports/${job.id}/rejected`, location.href)).then((r) =>
      r.text(),
    );
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^4,C,Số CCCD \/ CMND: số CCCD phải có 12 chữ số/);
    expect(lines[2]).toContain('Phường Ba Đình');
  });

  it('cancels a file being read, and refuses one above the limit', async () => {
    await signIn('admin.ict');
    const job = await upload(
      toXlsx('DS', sampleImportRows(datasetSync(), { today: '2024-06-20', linked: 3000 })),
      'big.xlsx',
    );
    const cancelled = await api.POST('/imports/{id}/cancel', { params: { path: { id: job.id } } });
    expect(['cancelled', 'reading']).toContain(cancelled.data!.status);
    expect((await settled(job.id)).status).toBe('cancelled');
    const res = await post(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.csv');
    expect(res.status).toBe(413);
    expect(((await res.json()) as { detail: string }).detail).toContain('huge.csv');
  });
});
