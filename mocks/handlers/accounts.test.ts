import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { isApiError } from '../../src/api/errors';
import type { components } from '../../src/api/schema';

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}
const list = async (query: Record<string, string | number>) =>
  (await api.GET('/accounts', { params: { query } })).data!;

describe('accounts work list', () => {
  it('finds "Nguyễn Văn An" from "nguyen van an", ignoring case and marks', async () => {
    await signIn('officer.vietyen');
    const page = await list({ q: 'NGUYEN van an', pageSize: 100 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((a) => /^Nguyễn Văn An/.test(a.displayName))).toBe(true);
  });

  it('folds đ and both tone placements (hoà / hòa) alike', async () => {
    await signIn('head.ict');
    const a = await list({ q: 'dang thi hoa' });
    const b = await list({ q: 'Đặng Thị Hoà' });
    const c = await list({ q: 'đặng thị hòa' });
    expect(a.total).toBeGreaterThan(0);
    expect(b.total).toBe(a.total);
    expect(c.total).toBe(a.total);
  });

  it('keeps a district officer to their district, on the server', async () => {
    await signIn('officer.vietyen');
    const page = await list({ pageSize: 100 });
    expect(page.items.every((a) => a.districtCode === '222')).toBe(true);
    await expect(
      api.GET('/accounts', { params: { query: { district: '219' } } }),
    ).rejects.toMatchObject({
      status: 403,
    });
  });

  it('filters by reason and masks numbers', async () => {
    await signIn('head.ict');
    const page = await list({ reason: 'id_mismatch', district: '219', pageSize: 50 });
    expect(page.total).toBeGreaterThan(0);
    for (const a of page.items) {
      expect(a.status).toBe('unconverted');
      expect(a.reason).toBe('id_mismatch');
      if (a.identityNumberMasked) expect(a.identityNumberMasked).toContain('•');
    }
  });

  it('pages and sorts on the server', async () => {
    await signIn('head.ict');
    const first = await list({ district: '220', sort: '-registeredOn', pageSize: 10 });
    const second = await list({ district: '220', sort: '-registeredOn', pageSize: 10, page: 2 });
    expect(first.items).toHaveLength(10);
    expect(first.items[9]!.registeredOn >= second.items[0]!.registeredOn).toBe(true);
    expect(first.total).toBe(second.total);
  });

  it('answers 400 with the field for a bad filter', async () => {
    await signIn('head.ict');
    await expect(
      api.GET('/accounts', { params: { query: { pageSize: 500 } } }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe('one account and its actions', () => {
  async function unconvertedInVietYen() {
    const page = await list({ status: 'unconverted', reason: 'verified_not_linked', pageSize: 1 });
    return page.items[0]!;
  }

  it('records a visit that links the account as a report awaiting VNeID, not as converted', async () => {
    await signIn('officer.vietyen');
    const before = (await api.GET('/stats/summary')).data!;
    const account = await unconvertedInVietYen();
    const after = (
      await api.POST('/accounts/{id}/visits', {
        params: { path: { id: account.id } },
        body: { outcome: 'linked', confirmAccountId: account.id },
      })
    ).data!;
    expect(after.status).toBe('reported_at_desk');
    expect(after.history.at(-1)).toMatchObject({ type: 'visit', username: 'officer.vietyen' });
    const figures = (await api.GET('/stats/summary')).data!;
    expect(figures.citizens.converted).toBe(before.citizens.converted);
    expect(figures.citizens.reported).toBe(before.citizens.reported + 1);
    // Reporting twice is refused.
    await expect(
      api.POST('/accounts/{id}/visits', {
        params: { path: { id: account.id } },
        body: { outcome: 'linked', confirmAccountId: account.id },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('sends a mismatched number to the police once, and only a mismatched one', async () => {
    await signIn('officer.vietyen');
    const mismatch = (await list({ reason: 'id_mismatch', pageSize: 1 })).items[0]!;
    const path = { path: { id: mismatch.id } };
    const after = (
      await api.POST('/accounts/{id}/identity-checks', {
        params: path,
        body: { note: 'Sai năm sinh' },
      })
    ).data!;
    expect(after.history.at(-1)).toMatchObject({
      type: 'identity-check',
      username: 'officer.vietyen',
    });
    await expect(
      api.POST('/accounts/{id}/identity-checks', { params: path, body: { note: 'lần hai' } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      api.POST('/accounts/{id}/identity-checks', { params: path, body: { note: '' } }),
    ).rejects.toMatchObject({ status: 400 });
    const other = await unconvertedInVietYen();
    await expect(
      api.POST('/accounts/{id}/identity-checks', {
        params: { path: { id: other.id } },
        body: { note: 'x' },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('refuses a second reminder within 7 days', async () => {
    await signIn('officer.vietyen');
    const account = await unconvertedInVietYen();
    const path = { path: { id: account.id } };
    await api.POST('/accounts/{id}/reminders', { params: path, body: { channel: 'portal' } });
    await expect(
      api.POST('/accounts/{id}/reminders', { params: path, body: { channel: 'portal' } }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('reveals full numbers to an admin and writes it to the audit log', async () => {
    await signIn('admin.ict');
    const revealed = (
      await api.POST('/accounts/{id}/reveal', { params: { path: { id: 'TK0000001' } } })
    ).data!;
    expect(revealed.identityNumber).toMatch(/^\d{12}$/);
    const audit = (await api.GET('/audit', { params: { query: { action: 'account.reveal' } } }))
      .data!;
    expect(audit.items[0]).toMatchObject({ username: 'admin.ict', targets: ['TK0000001'] });
  });

  it('refuses reveals to heads and the audit log to officers', async () => {
    await signIn('head.ict');
    await expect(
      api.POST('/accounts/{id}/reveal', { params: { path: { id: 'TK0000001' } } }),
    ).rejects.toMatchObject({
      status: 403,
    });
    await signIn('officer.center');
    await expect(api.GET('/audit')).rejects.toMatchObject({ status: 403 });
  });

  it('answers 404 for an account outside the scope or unknown', async () => {
    await signIn('head.ict');
    const other = (await list({ district: '219', pageSize: 1 })).items[0]!;
    await signIn('officer.vietyen');
    await expect(
      api.GET('/accounts/{id}', { params: { path: { id: other.id } } }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      api.GET('/accounts/{id}', { params: { path: { id: 'TK9999999' } } }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('cleaning (system admins)', () => {
  it('merges duplicates into the kept account; the others leave the figures', async () => {
    await signIn('admin.ict');
    const dup = (await list({ reason: 'duplicate', district: '213', pageSize: 1 })).items[0]!;
    const detail = (await api.GET('/accounts/{id}', { params: { path: { id: dup.id } } })).data!;
    const keep = detail.duplicates[0]!.id;
    const before = (await api.GET('/stats/summary', { params: { query: { district: '213' } } }))
      .data!;
    const kept = (
      await api.POST('/accounts/{id}/merge', {
        params: { path: { id: keep } },
        body: { others: [dup.id] },
      })
    ).data!;
    expect(kept.duplicates.find((d) => d.id === dup.id)?.status).toBe('merged');
    const after = (await api.GET('/stats/summary', { params: { query: { district: '213' } } }))
      .data!;
    expect(after.citizens.total).toBe(before.citizens.total - 1);
    // Not a duplicate of it: refused with the field named.
    await expect(
      api.POST('/accounts/{id}/merge', {
        params: { path: { id: keep } },
        body: { others: ['TK0000001'] },
      }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('closes with a reason and reopens within 30 days, not after', async () => {
    await signIn('admin.ict');
    const path = { path: { id: 'TK0000003' } };
    const closed = (
      await api.POST('/accounts/{id}/close', { params: path, body: { reason: 'no_longer_used' } })
    ).data!;
    expect(closed.status).toBe('closed');
    const reopened = (await api.POST('/accounts/{id}/reopen', { params: path })).data!;
    expect(reopened.status).not.toBe('closed');
    await api.POST('/accounts/{id}/close', { params: path, body: { reason: 'deceased' } });
    await api.PUT('/demo/state', { body: { today: '2024-07-31' } });
    await expect(api.POST('/accounts/{id}/reopen', { params: path })).rejects.toMatchObject({
      status: 409,
    });
  });

  it('refuses cleaning to officers', async () => {
    await signIn('officer.center');
    await expect(
      api.POST('/accounts/{id}/close', {
        params: { path: { id: 'TK0000003' } },
        body: { reason: 'other' },
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

type BulkReminderRequest = components['schemas']['BulkReminderRequest'];
type BulkReminderJob = components['schemas']['BulkReminderJob'];

/** Start a bulk reminder job and follow it until it ends; every answer seen on the way. */
async function runJob(body: BulkReminderRequest) {
  const started = await api.POST('/accounts/reminders', { body });
  expect(started.response.status).toBe(202);
  const seen: BulkReminderJob[] = [started.data!];
  let job = started.data!;
  while (job.status === 'running') {
    await new Promise((r) => setTimeout(r, 5));
    job = (
      await api.GET('/accounts/reminders/jobs/{jobId}', { params: { path: { jobId: job.id } } })
    ).data!;
    seen.push(job);
  }
  return { job, seen };
}

describe('bulk reminders', () => {
  it('sends to every matching account as a job, refusing those reminded within 7 days', async () => {
    await signIn('officer.vietyen');
    const filter = { commune: '07759', reason: 'verified_not_linked' };
    const total = (await list(filter)).total;
    expect(total).toBeGreaterThan(0);
    const first = await runJob({ channel: 'portal', filter });
    expect(first.seen[0]).toMatchObject({ status: 'running', matched: total, finishedAt: null });
    expect(first.job).toMatchObject({
      status: 'done',
      matched: total,
      processed: total,
      sent: total,
      refusedCount: 0,
      failure: null,
    });
    // The reminder is in each account's history and in the audit log.
    const one = (await list({ ...filter, pageSize: 1 })).items[0]!;
    const detail = (await api.GET('/accounts/{id}', { params: { path: { id: one.id } } })).data!;
    expect(detail.history.filter((e) => e.type === 'reminder')).toHaveLength(1);
    expect(detail.lastReminderOn).toBe('2024-06-20');
    const second = await runJob({ channel: 'portal', filter });
    expect(second.job).toMatchObject({ status: 'done', sent: 0, refusedCount: total });
    expect(second.job.refused[0]).toMatchObject({ reason: 'recently_reminded' });
    // A single reminder is refused too: bulk and single reminders share the interval.
    await expect(
      api.POST('/accounts/{id}/reminders', {
        params: { path: { id: one.id } },
        body: { channel: 'portal' },
      }),
    ).rejects.toMatchObject({ status: 409 });
    await signIn('admin.ict');
    const audit = (await api.GET('/audit', { params: { query: { action: 'account.reminder' } } }))
      .data!;
    expect(audit.items.find((e) => e.details?.job === second.job.id)?.details).toMatchObject({
      bulk: true,
      job: second.job.id,
      matched: total,
      sent: 0,
      refused: total,
    });
  });

  it('reports progress while a province-wide job runs, and the list answers meanwhile', async () => {
    await signIn('officer.center');
    const filter = { status: 'unconverted' };
    const total = (await list(filter)).total;
    expect(total).toBeGreaterThan(100_000);
    const started = (await api.POST('/accounts/reminders', { body: { channel: 'portal', filter } }))
      .data!;
    expect(started).toMatchObject({ status: 'running', matched: total, processed: 0 });
    // The demo's backend answers other calls between the job's slices.
    const page = await list({ q: 'nguyen van an' });
    expect(page.total).toBeGreaterThan(0);
    const seen: BulkReminderJob[] = [];
    let job = started;
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 5));
      job = (
        await api.GET('/accounts/reminders/jobs/{jobId}', { params: { path: { jobId: job.id } } })
      ).data!;
      seen.push(job);
    }
    const midway = seen.filter((j) => j.processed > 0 && j.processed < j.matched);
    expect(midway.length).toBeGreaterThan(0);
    for (let k = 1; k < seen.length; k++)
      expect(seen[k]!.processed).toBeGreaterThanOrEqual(seen[k - 1]!.processed);
    expect(job).toMatchObject({ status: 'done', processed: total });
    expect(job.sent + job.refusedCount).toBe(total);
    expect(job.refused.length).toBeLessThanOrEqual(200);
  });

  it('lets only the job’s owner or a system admin follow it', async () => {
    await signIn('officer.vietyen');
    const { job } = await runJob({ channel: 'portal', filter: { commune: '07759' } });
    const follow = () =>
      api.GET('/accounts/reminders/jobs/{jobId}', { params: { path: { jobId: job.id } } });
    await signIn('officer.center');
    await expect(follow()).rejects.toMatchObject({ status: 404 });
    await signIn('admin.ict');
    expect((await follow()).data).toMatchObject({ id: job.id, status: 'done' });
  });

  it('refuses selected accounts outside the scope', async () => {
    await signIn('head.ict');
    const other = (await list({ district: '219', status: 'unconverted', pageSize: 1 })).items[0]!;
    await signIn('officer.vietyen');
    const { job } = await runJob({ channel: 'portal', ids: [other.id] });
    expect(job).toMatchObject({
      status: 'done',
      matched: 1,
      sent: 0,
      refused: [{ id: other.id, reason: 'out_of_scope' }],
    });
  });

  it('refuses a filter naming another district with 403, before any job starts', async () => {
    await signIn('officer.vietyen');
    await expect(
      api.POST('/accounts/reminders', { body: { channel: 'portal', filter: { district: '219' } } }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('export', () => {
  it('streams the whole filtered set as CSV with a BOM, masked and neutralised', async () => {
    await signIn('head.ict');
    const page = await list({ district: '220', reason: 'no_id' });
    const r = await fetch(
      `${location.origin}/api/accounts/export?format=csv&district=220&reason=no_id`,
    );
    expect(r.status).toBe(200);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n').filter(Boolean);
    // Seven statements about the file, the headings, the rows.
    expect(lines).toHaveLength(7 + 1 + page.total);
    expect(lines[7]).toContain('Số định danh');
    expect(text).not.toMatch(/\r\n[=+\-@]/);
  });

  it('gives full numbers only to roles that may reveal them, with a reason, as XLSX too', async () => {
    await signIn('admin.ict');
    const url = `${location.origin}/api/accounts/export?format=xlsx&district=220&reason=cmnd_only`;
    const sheetOf = async (r: Response) => {
      const { unzipSync, strFromU8 } = await import('fflate');
      return strFromU8(
        unzipSync(new Uint8Array(await r.arrayBuffer()))['xl/worksheets/sheet1.xml']!,
      );
    };
    const cmnd = /<t xml:space="preserve">12\d{7}<\/t>/;
    // Masked unless asked for, even for an admin.
    expect(await sheetOf(await fetch(url))).not.toMatch(cmnd);
    const full = await fetch(`${url}&numbers=full&fullNumbersReason=Đối soát với công an`);
    expect(full.headers.get('content-type')).toContain('spreadsheetml');
    expect(await sheetOf(full)).toMatch(cmnd);
    await signIn('officer.vietyen');
    const denied = await fetch(`${location.origin}/api/accounts/export?format=csv&district=219`);
    expect(denied.status).toBe(403);
  });
});

describe('saved views', () => {
  it('keeps each user its own named filters, and deletes them', async () => {
    await signIn('officer.vietyen');
    const query = { reason: 'no_id', q: 'nguyen' };
    const saved = await api.POST('/accounts/views', { body: { name: 'Không có số', query } });
    expect(saved.response.status).toBe(201);
    const mine = (await api.GET('/accounts/views')).data!.items;
    expect(mine[0]).toMatchObject({ name: 'Không có số', query });

    await signIn('head.ict');
    expect(
      (await api.GET('/accounts/views')).data!.items.some((v) => v.id === saved.data!.id),
    ).toBe(false);
    await expect(
      api.DELETE('/accounts/views/{viewId}', { params: { path: { viewId: saved.data!.id } } }),
    ).rejects.toMatchObject({ status: 404 });

    await signIn('officer.vietyen');
    const gone = await api.DELETE('/accounts/views/{viewId}', {
      params: { path: { viewId: saved.data!.id } },
    });
    expect(gone.response.status).toBe(204);
    expect((await api.GET('/accounts/views')).data!.items).toHaveLength(0);
  });

  it.each(['', '  '])('refuses a view named %j (400 with the field)', async (name) => {
    await signIn('officer.vietyen');
    const error: unknown = await api
      .POST('/accounts/views', { body: { name, query: {} } })
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(400);
    expect(isApiError(error) && Object.keys(error.fieldErrors)).toEqual(['name']);
    expect((await api.GET('/accounts/views')).data!.items).toHaveLength(0);
  });
});
