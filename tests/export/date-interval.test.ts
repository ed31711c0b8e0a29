import { describe, expect, it } from 'vitest';
import { dateInterval } from '../../src/export/date-interval.ts';

describe('dateInterval', () => {
  it('spans the day, month or year the date names', () => {
    expect(dateInterval('2026-01-06')).toEqual({ start: '2026-01-06', end: '2026-01-06' });
    expect(dateInterval('2025-12')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(dateInterval('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateInterval('2100-02')).toEqual({ start: '2100-02-01', end: '2100-02-28' });
    expect(dateInterval('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(dateInterval('2026-01-06T09:30:00Z')).toEqual({ start: '2026-01-06', end: '2026-01-06' });
  });

  it('gives nothing for what is not an ISO date', () => {
    for (const value of ['mardi', '2025-13', '2025-02-30', '06/01/2026', '', 20260106, null, undefined]) {
      expect(dateInterval(value)).toBeUndefined();
    }
  });
});
