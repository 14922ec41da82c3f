// The dashboard's summary row reads its figures from the groups the API returns; a fresh install is told apart by
// every headline figure being zero.
import { describe, expect, it } from 'vitest';
import type { FigureGroupData } from '#web/app/src/api/dashboard-api';
import { isFirstRun, summaryFigures } from '#web/app/src/pages/dashboard/dashboard-summary';

const group = (key: string, totals: Record<string, number>, tables: FigureGroupData['tables'] = []): FigureGroupData => ({
  key,
  title: key,
  dated: true,
  note: null,
  totals: Object.entries(totals).map(([k, value]) => ({ key: k, label: k, value })),
  tables,
});
const table = (key: string, rows: Record<string, string | number>[]): FigureGroupData['tables'][number] => ({
  key,
  title: key,
  columns: [],
  rows: rows.map((cells) => ({ cells })),
  total: rows.length,
});

const GROUPS = [
  group('enterprises', { enterprises: 14, resumed: 8 }),
  group('daily-reports', { expected: 30 }, [
    table('by-day', [
      { day: '2026-12-03', targeted: 14, on_time: 12, late: 1, missed: 1, pending: 0 },
      { day: '2026-12-04', targeted: 14, on_time: 5, late: 0, missed: 0, pending: 9 },
    ]),
  ]),
  group('difficulties', { breached: 2 }, [
    table('by-rung', [
      { rung: '包挂干部', open: 3 },
      { rung: '企业服务专班', open: 0 },
      { rung: '防控指挥部', open: 1 },
    ]),
  ]),
  group('gate', { inQuarantine: 4 }),
];

describe('dashboard summary row', () => {
  it("takes today's reports, open cases by rung, breaches, resumed and quarantines from the groups", () => {
    expect(summaryFigures(GROUPS, '2026-12-04')).toEqual([
      { key: 'reportedToday', value: 5, of: 14 },
      { key: 'overdueToday', value: 0, pending: 9, alert: false },
      {
        key: 'openCases',
        value: 4,
        parts: [
          { label: '包挂干部', value: 3 },
          { label: '防控指挥部', value: 1 },
        ],
      },
      { key: 'breaches', value: 2, alert: true },
      { key: 'resumed', value: 8, of: 14 },
      { key: 'inQuarantine', value: 4 },
    ]);
  });

  it('leaves out what the answer does not carry instead of showing zero, and says when today has no round', () => {
    const figures = summaryFigures(GROUPS, '2026-11-01');
    expect(figures.filter((figure) => figure.noRound).map((figure) => figure.key)).toEqual(['reportedToday', 'overdueToday']);
    expect(
      summaryFigures(
        GROUPS.filter((g) => g.key !== 'daily-reports'),
        '2026-11-01',
      ).map((figure) => figure.key),
    ).not.toContain('reportedToday');
    expect(summaryFigures([group('gate', { inQuarantine: 0 })], '2026-12-04')).toEqual([{ key: 'inQuarantine', value: 0 }]);
  });

  it('calls a dashboard whose every headline figure is zero a first run', () => {
    expect(isFirstRun(GROUPS)).toBe(false);
    expect(isFirstRun([group('enterprises', { enterprises: 0, resumed: 0 }), group('gate', { inQuarantine: 0 })])).toBe(true);
  });
});
