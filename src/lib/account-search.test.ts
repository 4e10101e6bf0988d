import { describe, expect, it } from 'vitest';
import { classifyQuery, mask, numbersMatch, queryForLog, searchIsAudited } from './account-search';

describe('how a search query is read (both backends)', () => {
  it('takes whole numbers by their length, separators ignored', () => {
    expect(classifyQuery('024090001234')).toEqual({
      type: 'number',
      kind: 'identity',
      digits: '024090001234',
    });
    expect(classifyQuery('024 090 001 234')).toMatchObject({ kind: 'identity' });
    expect(classifyQuery('121234567')).toMatchObject({ type: 'number', kind: 'cmnd' });
    expect(classifyQuery('0912.345.678')).toMatchObject({ type: 'number', kind: 'phone' });
    expect(classifyQuery('1234')).toEqual({ type: 'tail', digits: '1234' });
  });

  it('matches no account for any other run of digits', () => {
    for (const q of ['024', '02409', '0240900', '02409000123', '0240900012345', '1', '12'])
      expect(classifyQuery(q), q).toEqual({ type: 'nothing' });
  });

  it('reads anything else as a name, folded', () => {
    expect(classifyQuery('  Nguyễn  Văn ')).toEqual({
      type: 'name',
      folded: 'nguyen van',
      tokens: ['nguyen', 'van'],
    });
    expect(classifyQuery('')).toEqual({ type: 'all' });
  });

  it('compares whole numbers exactly and the tail with the end only', () => {
    const id = '024090001234';
    const phone = '0912345678';
    expect(numbersMatch(classifyQuery(id), id, phone)).toBe(true);
    expect(numbersMatch(classifyQuery('024090001235'), id, phone)).toBe(false);
    expect(numbersMatch(classifyQuery(phone), id, phone)).toBe(true);
    expect(numbersMatch(classifyQuery('1234'), id, phone)).toBe(true);
    expect(numbersMatch(classifyQuery('5678'), id, phone)).toBe(true);
    expect(numbersMatch(classifyQuery('0900'), id, phone)).toBe(false);
  });

  it('audits whole-number searches by roles that may not reveal numbers, and never logs the number', () => {
    expect(searchIsAudited('head', classifyQuery('024090001234'))).toBe(true);
    expect(searchIsAudited('head', classifyQuery('1234'))).toBe(false);
    expect(searchIsAudited('officer', classifyQuery('024090001234'))).toBe(false);
    expect(queryForLog('0912 345 678')).toBe('<phone>');
    expect(queryForLog('nguyen')).toBe('nguyen');
  });

  it('masks all but the first 3 and last 4 characters', () => {
    expect(mask('024090001234')).toBe('024•••••1234');
    expect(mask('0912345678')).toBe('091•••5678');
    expect(mask(null)).toBeNull();
  });
});
