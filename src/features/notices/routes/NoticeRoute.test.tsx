import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { api } from '../../../api/client';
import { renderRoute, signInAs } from '../../../test/render';
import { xssPayloads } from '../test/xss-payloads';
import { unsafeParts } from '../lib/sanitize';

const T = { timeout: 15_000 };

describe('notices pages', () => {
  it('lists unread notices first and confirming one moves the publisher count', async () => {
    await signInAs('admin.justice');
    const before = (await api.GET('/notices/{id}/tracking', { params: { path: { id: 'TB0003' } } }))
      .data!;
    await signInAs('officer.vietyen');
    renderRoute('/notices');
    const list = await screen.findByRole('list', { name: 'Danh sách thông báo' }, T);
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Chưa xác nhận');
    expect(items.at(-1)).toHaveTextContent('Đã xác nhận');
    // Officers get no "write" button.
    expect(screen.queryByRole('link', { name: 'Soạn thông báo' })).toBeNull();

    renderRoute('/notices/TB0003');
    const confirm = await screen.findByRole('button', { name: 'Tôi đã đọc và sẽ áp dụng' }, T);
    await userEvent.click(confirm);
    expect(await screen.findByText('Bạn đã xác nhận thông báo này.', {}, T)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa' })).toBeNull();

    await signInAs('admin.justice');
    const after = (await api.GET('/notices/{id}/tracking', { params: { path: { id: 'TB0003' } } }))
      .data!;
    expect(after.confirmed).toBe(before.confirmed + 1);
  });

  it('shows the publisher per-unit tracking and reminds', async () => {
    await signInAs('admin.justice');
    const tr = (await api.GET('/notices/{id}/tracking', { params: { path: { id: 'TB0002' } } }))
      .data!;
    renderRoute('/notices/TB0002');
    const heading = await screen.findByRole('heading', { name: 'Theo dõi xác nhận' }, T);
    const section = heading.closest('section')!;
    expect(within(section).getByRole('table')).toBeInTheDocument();
    expect(within(section).getAllByRole('row')).toHaveLength(tr.units.length + 1);
    await userEvent.click(within(section).getByRole('button', { name: /Nhắc cán bộ/ }));
    expect(
      await within(section).findByText(
        `Đã gửi nhắc nhở cho ${tr.intended - tr.confirmed} cán bộ.`.replace(
          String(tr.intended - tr.confirmed),
          new Intl.NumberFormat('vi-VN').format(tr.intended - tr.confirmed),
        ),
        {},
        T,
      ),
    ).toBeInTheDocument();
  });

  it('renders XSS payloads in body and subject inert', async () => {
    await signInAs('admin.justice');
    const subject = xssPayloads[1]!;
    const created = (
      await api.POST('/notices', {
        body: {
          docType: 'thong_bao',
          subject,
          bodyHtml: xssPayloads.join('<p>-</p>'),
          audience: { staff: 'all', districtCodes: [], citizens: false, businesses: false },
        },
      })
    ).data!;
    renderRoute(`/notices/${created.id}`);
    // The subject is shown as text, not markup.
    expect(await screen.findByRole('heading', { level: 1, name: subject }, T)).toBeInTheDocument();
    const body = document.querySelector('.notice-body')!;
    expect(unsafeParts(body.innerHTML)).toEqual([]);
    expect(body.querySelector('script, iframe, object, embed, svg, img, math, style')).toBeNull();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('prints in the official layout', async () => {
    await signInAs('officer.vietyen');
    renderRoute('/notices/TB0002/print');
    const doc = await screen.findByRole('article', {}, T);
    expect(doc).toHaveTextContent('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc).toHaveTextContent('Độc lập - Tự do - Hạnh phúc');
    expect(doc).toHaveTextContent('Số: 112/TB-STP');
    expect(doc).toHaveTextContent('Bắc Giang, ngày 05 tháng 6 năm 2024');
    expect(doc).toHaveTextContent('Nơi nhận:');
    expect(within(doc).getByRole('heading', { level: 1 })).toHaveTextContent('THÔNG BÁO');
  });

  it('restores an unsaved edit after a reload and shows both versions on a conflict', async () => {
    await signInAs('admin.justice');
    const created = (
      await api.POST('/notices', {
        body: {
          docType: 'thong_bao',
          subject: 'Bản gốc',
          bodyHtml: '<p>Gốc</p>',
          audience: { staff: 'all', districtCodes: [], citizens: false, businesses: false },
        },
      })
    ).data!;
    const first = renderRoute(`/notices/${created.id}/edit`);
    const subject = await screen.findByRole('textbox', { name: /Trích yếu/ }, T);
    await userEvent.clear(subject);
    await userEvent.type(subject, 'Bản của tôi');
    first.unmount(); // closed before the autosave reached the server

    // Meanwhile someone else saves.
    await api.PUT('/notices/{id}', {
      params: { path: { id: created.id } },
      body: {
        docType: 'thong_bao',
        subject: 'Bản của đồng nghiệp',
        bodyHtml: '<p>Khác</p>',
        audience: { staff: 'all', districtCodes: [], citizens: false, businesses: false },
        baseVersion: created.version,
      },
    });
    renderRoute(`/notices/${created.id}/edit`);
    expect(
      await screen.findByText('Người khác đã lưu thông báo này trong lúc bạn sửa', {}, T),
    ).toBeInTheDocument();
    const theirs = screen.getByRole('heading', { name: 'Bản trên máy chủ' }).parentElement!;
    const yours = screen.getByRole('heading', { name: 'Bản của bạn' }).parentElement!;
    expect(theirs).toHaveTextContent('Bản của đồng nghiệp');
    expect(yours).toHaveTextContent('Bản của tôi');
    await userEvent.click(screen.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }));
    await waitFor(async () => {
      const n = (await api.GET('/notices/{id}', { params: { path: { id: created.id } } })).data!;
      expect(n.subject).toBe('Bản của tôi');
    }, T);
  });
});
