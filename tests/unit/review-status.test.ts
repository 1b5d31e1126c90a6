/**
 * When a page or a dated fact counts as due soon, overdue or expired, and what readers are told.
 * The boundaries matter: a review due today is not yet overdue; the next day it is.
 */
import { describe, expect, it } from 'vitest';
import { DUE_SOON_DAYS, factCaution, factCurrency, pageCaution, pageCurrency } from '../../src/lib/review-status.ts';
import { addDays, today } from '../../src/schemas/dates.ts';

describe('page review currency', () => {
  it('is overdue from the day after its next review date, not on the day', () => {
    expect(pageCurrency('2026-12-15', '2026-12-15')).toEqual({ state: 'due-soon', date: '2026-12-15' });
    expect(pageCurrency('2026-12-15', '2026-12-16')).toEqual({ state: 'overdue', date: '2026-12-15' });
  });

  it(`is due soon within ${DUE_SOON_DAYS} days and current before that`, () => {
    expect(pageCurrency('2027-01-14', '2026-12-15')).toEqual({ state: 'due-soon', date: '2027-01-14' });
    expect(pageCurrency('2027-01-15', '2026-12-15')).toEqual({ state: 'current' });
  });

  it('tells readers in words when a page is overdue, and says nothing otherwise', () => {
    expect(pageCaution(pageCurrency('2026-12-15', '2027-06-01'))).toBe('Due for review since 15 December 2026: some details may be out of date.');
    expect(pageCaution(pageCurrency('2026-12-15', '2026-12-15'))).toBeUndefined();
  });
});

describe('dated fact currency', () => {
  const rule = { checkBy: '2026-12-20', validUntil: '2026-12-31' };

  it('expires the day after its end date, whatever its check date', () => {
    expect(factCurrency(rule, '2026-12-31').state).toBe('overdue');
    expect(factCurrency(rule, '2027-01-01')).toEqual({ state: 'expired', date: '2026-12-31' });
    expect(factCurrency({ checkBy: '2027-03-01', validUntil: '2026-12-31' }, '2027-01-01')).toEqual({ state: 'expired', date: '2026-12-31' });
  });

  it('is overdue after its check date, and due soon by the earlier of its two dates', () => {
    expect(factCurrency(rule, '2026-12-21')).toEqual({ state: 'overdue', date: '2026-12-20' });
    expect(factCurrency({ checkBy: '2027-03-01', validUntil: '2026-12-31' }, '2026-12-07')).toEqual({ state: 'due-soon', date: '2026-12-31' });
    expect(factCurrency({ checkBy: '2027-03-01' }, '2026-12-07')).toEqual({ state: 'current' });
  });

  it('gives a dated caution only once past a date', () => {
    expect(factCaution(factCurrency(rule, '2027-01-02'))).toBe('This was due to change after 31 December 2026, and we have not checked it since. It may be out of date.');
    expect(factCaution(factCurrency(rule, '2026-12-21'))).toBe('We were due to check this again by 20 December 2026. It may be out of date.');
    expect(factCaution(factCurrency(rule, '2026-12-07'))).toBeUndefined();
  });
});

describe('the build date', () => {
  it('comes from SITE_TODAY when set, and a badly written one is refused, not ignored', () => {
    expect(today({ SITE_TODAY: '2030-01-01' })).toBe('2030-01-01');
    expect(() => today({ SITE_TODAY: '2026-02-30' })).toThrow(/SITE_TODAY: got "2026-02-30"/);
    expect(() => today({ SITE_TODAY: '1/1/2030' })).toThrow(/expected a real date/);
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});
