// Exports write instants as the server's wall clock, in a form spreadsheets read as a date-time, and title the column
// with the zone, since a cell cannot say it.
import { describe, expect, it } from 'vitest';
import { spreadsheetTime, zoneCalled, zonedColumnTitle } from '#core/domain/spreadsheet-time';

describe('spreadsheet time', () => {
  it.each([
    ['2026-12-05T21:42:40.767Z', 'Asia/Shanghai', '2026-12-06 05:42:40'],
    ['2026-12-05T15:59:59.999Z', 'Asia/Shanghai', '2026-12-05 23:59:59'],
    ['2026-12-05T16:00:00.000Z', 'Asia/Shanghai', '2026-12-06 00:00:00'],
    ['2026-07-01T12:00:00.000Z', 'America/New_York', '2026-07-01 08:00:00'],
    ['2026-12-01T12:00:00.000Z', 'America/New_York', '2026-12-01 07:00:00'],
    ['2026-12-05T21:42:40.767Z', 'UTC', '2026-12-05 21:42:40'],
  ])('writes %s in %s as %s', (instant, zone, shown) => {
    expect(spreadsheetTime(instant, zone)).toBe(shown);
    expect(spreadsheetTime(new Date(instant), zone)).toBe(shown);
  });

  it('writes nothing for a missing or unreadable instant', () => {
    expect([null, undefined, '', 'yesterday'].map((value) => spreadsheetTime(value, 'Asia/Shanghai'))).toEqual(['', '', '', '']);
  });

  it('names China’s zone as people do, and another by its generic name', () => {
    expect(zoneCalled('Asia/Shanghai', 'zh-CN')).toBe('北京时间');
    expect(zoneCalled('Asia/Shanghai', 'en')).toBe('Beijing time');
    expect(zoneCalled('America/New_York', 'en')).toMatch(/Eastern/);
    expect(zonedColumnTitle('提交时间', 'Asia/Shanghai', 'zh-CN')).toBe('提交时间（北京时间）');
    expect(zonedColumnTitle('Submitted at', 'Asia/Shanghai', 'en')).toBe('Submitted at (Beijing time)');
  });
});
