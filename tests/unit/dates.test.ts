import { describe, expect, it } from 'vitest';
import { addMonths, formatDate, isRealIsoDate, isoDate, partialDate } from '../../src/schemas/dates.ts';

describe('calendar dates', () => {
  it('accepts real days and refuses impossible or badly written ones', () => {
    expect(isRealIsoDate('2026-11-21')).toBe(true);
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-30')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('21/11/2026')).toBe(false);
  });

  it('explains how to write a date when given a bare YAML date or an impossible one', () => {
    const bare = isoDate.safeParse(new Date('2026-11-21'));
    expect(bare.success).toBe(false);
    expect(bare.error?.issues[0].message).toMatch(/in quotes as 'YYYY-MM-DD'/);
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
  });

  it('accepts source dates as precise as the source gives them', () => {
    for (const ok of ['2019', '2024-10', '2023-10-10']) expect(partialDate.safeParse(ok).success).toBe(true);
    for (const bad of ['2024-13', '2023-02-30', 'Oct 2023']) expect(partialDate.safeParse(bad).success).toBe(false);
  });

  it('adds months without running past the end of a short month', () => {
    expect(addMonths('2026-11-21', 12)).toBe('2027-11-21');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('formats dates for readers', () => {
    expect(formatDate('2026-11-21')).toBe('21 November 2026');
    expect(formatDate('2024-10')).toBe('October 2024');
    expect(formatDate('2019')).toBe('2019');
  });
});
