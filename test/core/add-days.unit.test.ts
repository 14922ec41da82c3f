// addDays steps local dates; past the year 9999 ISO writes "+010000-01-01", which sorts before "9999-12-31", so a loop
// `day <= to` over such a range never ended (one request ran the web process out of memory). It throws there instead.
import { describe, expect, it } from 'vitest';
import { addDays } from '#core/domain/working-calendar';

describe('addDays', () => {
  it('steps across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('throws rather than leave the years 0000–9999', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
  });
});
