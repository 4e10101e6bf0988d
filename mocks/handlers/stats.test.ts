import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client';
import { changeRow, datasetSync } from '../db';
import { addAccountEvent } from '../db/journal';
import { dayOf } from '../db/days';
import { KIND_CITIZEN } from '../db/dataset';
import { communes } from '../db/units';

async function signIn(username: string) {
  await api.POST('/auth/login', { body: { username, password: 'demo' } });
}

const summary = async (query: { district?: string; commune?: string } = {}) =>
  (await api.GET('/stats/summary', { params: { query } })).data!;
const byUnit = async (district?: string) =>
  (await api.GET('/stats/by-unit', { params: { query: { district } } })).data!;

describe('progress statistics', () => {
  it('adds up: the province headline equals the sum of its district rows', async () => {
    await signIn('head.ict');
    const head = await summary();
    const rows = (await byUnit()).rows;
    expect(rows).toHaveLength(10);
    expect(head.citizens.total).toBeGreaterThan(300_000);
    expect(rows.reduce((a, r) => a + r.total, 0)).toBe(head.citizens.total);
    expect(rows.reduce((a, r) => a + r.converted, 0)).toBe(head.citizens.converted);
    expect(head.reasons.reduce((a, r) => a + r.count, 0)).toBe(head.citizens.unconverted);
  });

  it('adds up for one district: its headline equals the sum of its communes', async () => {
    await signIn('head.ict');
    const head = await summary({ district: '219' });
    const rows = (await byUnit('219')).rows;
    expect(head.scope).toMatchObject({ level: 'district', name: 'Huyện Lục Ngạn' });
    expect(rows).toHaveLength(29);
    expect(rows.reduce((a, r) => a + r.total, 0)).toBe(head.citizens.total);
    expect(rows.reduce((a, r) => a + r.remaining, 0)).toBe(head.citizens.unconverted);
  });

  it('never forecasts a scope earlier than its slowest unit', async () => {
    await signIn('head.ict');
    const province = await summary();
    const districts = (await byUnit()).rows;
    const latest = (dates: (string | null)[]) => dates.reduce((a, d) => (d! > a! ? d : a), '');
    expect(province.deadlines.forecastDate).not.toBeNull();
    expect(province.deadlines.forecastDate).toBe(latest(districts.map((r) => r.forecastDate)));
    // Each district row is itself no earlier than its slowest commune, and equals its summary.
    const lucNgan = districts.find((r) => r.code === '219')!;
    const communesOf = (await byUnit('219')).rows;
    expect(lucNgan.forecastDate).toBe(latest(communesOf.map((r) => r.forecastDate)));
    expect((await summary({ district: '219' })).deadlines.forecastDate).toBe(lucNgan.forecastDate);
  });

  it('gives each unit its change since the previous week', async () => {
    await signIn('head.ict');
    const now = (await byUnit()).rows;
    await api.PUT('/demo/state', { body: { today: '2024-06-13' } });
    const weekAgo = (await byUnit()).rows;
    await api.PUT('/demo/state', { body: { today: '2024-06-20' } });
    for (const row of now) {
      const before = weekAgo.find((r) => r.code === row.code)!;
      expect(row.shareWeekAgo).toBeCloseTo(before.share, 10);
      expect(row.convertedLast7Days).toBeGreaterThan(0);
      expect(row.share).toBeGreaterThan(row.shareWeekAgo);
    }
  });

  it('keeps the series in step with the headline', async () => {
    await signIn('head.ict');
    const head = await summary({ district: '222' });
    const series = (await api.GET('/stats/series', { params: { query: { district: '222' } } }))
      .data!;
    const last = series.points.at(-1)!;
    expect(series.points[0]!.date).toBe('2024-05-01');
    expect(last.date).toBe('2024-06-20');
    expect(last.cumulative).toBe(head.citizens.converted);
    expect(last.converted).toBe(head.citizens.convertedToday);
  });

  it('moves every figure when the demo clock moves', async () => {
    await signIn('head.ict');
    await api.PUT('/demo/state', { body: { today: '2024-06-10' } });
    const early = await summary();
    await api.PUT('/demo/state', { body: { today: '2024-07-05' } });
    const late = await summary();
    expect(late.citizens.converted).toBeGreaterThan(early.citizens.converted);
    expect(early.deadlines.daysToDeadline).toBe(21);
    expect(late.deadlines.daysToDeadline).toBe(-4);
    expect(late.deadlines.requiredPerDay).toBe(0);
    expect(late.status).toBe('late');
  });

  it('counts a counter visit that links an account today', async () => {
    await signIn('officer.vietyen');
    const before = await summary();
    const ds = datasetSync();
    const today = dayOf('2024-06-20');
    // An account of Việt Yên that is not converted on the demo day.
    let row = -1;
    for (let i = 0; i < ds.size && row < 0; i++) {
      if (
        ds.kind[i] === KIND_CITIZEN &&
        ds.convertedDay[i]! > today &&
        ds.registeredDay[i]! < today &&
        communes[ds.commune[i]!]!.districtCode === '222'
      ) {
        row = i;
      }
    }
    expect(row).toBeGreaterThanOrEqual(0);
    addAccountEvent({
      row,
      day: today,
      username: 'officer.vietyen',
      type: 'visit',
      converts: true,
    });
    changeRow(ds, row, { convertedDay: today });
    const after = await summary();
    expect(after.citizens.converted).toBe(before.citizens.converted + 1);
    expect(after.citizens.convertedToday).toBe(before.citizens.convertedToday + 1);
  });

  it('keeps organisations and foreigners apart, awaiting guidance', async () => {
    await signIn('head.ict');
    const head = await summary();
    expect(head.awaiting.organisation).toBe(25_000);
    expect(head.awaiting.foreigner).toBe(2_000);
  });

  it('refuses a district head another district, on the server', async () => {
    await signIn('head.luc-ngan');
    await expect(
      api.GET('/stats/summary', { params: { query: { district: '222' } } }),
    ).rejects.toMatchObject({
      status: 403,
    });
    const own = await summary();
    expect(own.scope.code).toBe('219');
    const rows = (await byUnit()).rows;
    expect(rows.every((r) => r.level === 'commune')).toBe(true);
  });

  it('answers 400 for a malformed or mismatched unit', async () => {
    await signIn('head.ict');
    await expect(
      api.GET('/stats/summary', { params: { query: { district: '9' } } }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      api.GET('/stats/summary', { params: { query: { district: '219', commune: '07201' } } }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
