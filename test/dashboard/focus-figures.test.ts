// The dashboard's "重点企业" view (000 §II.4): with focus=1 every group counts the focus enterprises alone, so the key
// figures (reported today, overdue, open cases) and the daily-report compliance grid can be read for them only.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import { createLogger } from '#core/logger';
import { summaryFigures } from '#web/app/src/pages/dashboard/dashboard-summary';
import { createApp } from '#web/server/create-app';
import { HttpSession } from '#scripts/kit/http-session';
import { openSqlite } from '../helpers/test-db';
import { RANGE, seedScenario } from './dashboard-scenario';
import { REPORT_DAYS } from './report-gate-scenario';

const PERIOD = `from=${RANGE.from}&to=${RANGE.to}`;

describe('dashboard for focus enterprises', () => {
  let db: Knex;
  let server: Server;
  let hq: HttpSession;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    await seedScenario(db);
    // The scenario's open difficulty reports are all about focus enterprises: make one of them ordinary, so the focus
    // view must leave a case out.
    const open = await db('submissions')
      .where({ form_key: 'difficulty-report' })
      .whereNotIn('status', [...FINAL_SUBMISSION_STATUSES])
      .orderBy('enterprise_id')
      .first('enterprise_id');
    await db('enterprises').where({ id: open.enterprise_id }).update({ focus: false });
    const app = createApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db,
      temporal: {} as Client,
      logger: createLogger('test', 'silent'),
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    hq = new HttpSession(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await hq.login('hq', DEMO_PASSWORD);
  });
  afterAll(async () => {
    server?.close();
    await db?.destroy();
  });

  /** Daily reports of `day` by status, counted straight from the report rows of focus enterprises. */
  const focusReports = async (day: string) => {
    const rows: { status: string; n: number | string }[] = await db('collection_reports as r')
      .join('collection_rounds as k', 'k.id', 'r.round_id')
      .join('enterprises as e', 'e.id', 'r.enterprise_id')
      .where({ 'k.form_key': 'daily-report', 'k.local_date': day, 'e.focus': true })
      .groupBy('r.status')
      .select('r.status')
      .count({ n: '*' });
    const by = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    return {
      reported: (by.on_time ?? 0) + (by.late ?? 0),
      missed: by.missed ?? 0,
      targeted: rows.reduce((sum, row) => sum + Number(row.n), 0),
    };
  };

  it('counts reported, overdue and open cases of focus enterprises only, and says the view is narrowed', async () => {
    const focusCount = Number((await db('enterprises').where({ focus: true }).count({ n: '*' }).first())!.n);
    const allCount = Number((await db('enterprises').count({ n: '*' }).first())!.n);
    expect(focusCount).toBeLessThan(allCount);

    const focused = await hq.request('GET', `/api/dashboard?${PERIOD}&focus=1`);
    expect(focused.status).toBe(200);
    expect(focused.body.scope).toEqual({ all: false, enterprises: focusCount, focus: true });
    const city = await hq.request('GET', `/api/dashboard?${PERIOD}`);
    expect(city.body.scope).toEqual({ all: true, enterprises: null, focus: false });

    for (const day of REPORT_DAYS) {
      const expected = await focusReports(day);
      expect(expected.targeted).toBeGreaterThan(0);
      const row = summaryFigures(focused.body.groups, day);
      expect(
        row.find((f) => f.key === 'reportedToday'),
        day,
      ).toMatchObject({ value: expected.reported, of: expected.targeted });
      expect(
        row.find((f) => f.key === 'overdueToday'),
        day,
      ).toMatchObject({ value: expected.missed });
      const cityRow = summaryFigures(city.body.groups, day);
      expect(cityRow.find((f) => f.key === 'reportedToday')!.of).toBeGreaterThan(expected.targeted);
    }

    const openFocus = Number(
      (await db('submissions as s')
        .join('enterprises as e', 'e.id', 's.enterprise_id')
        .where({ 's.form_key': 'difficulty-report', 'e.focus': true })
        .whereBetween('s.created_at', ['2026-01-31T16:00:00.000Z', '2026-03-01T16:00:00.000Z'])
        .whereNotIn('s.status', [...FINAL_SUBMISSION_STATUSES])
        .count({ n: '*' })
        .first())!.n,
    );
    const open = summaryFigures(focused.body.groups, REPORT_DAYS[0]!).find((f) => f.key === 'openCases');
    expect(open?.value).toBe(openFocus);
    const cityOpen = summaryFigures(city.body.groups, REPORT_DAYS[0]!).find((f) => f.key === 'openCases');
    expect(cityOpen!.value).toBeGreaterThan(openFocus);
  });

  it('narrows the compliance grid to focus enterprises', async () => {
    const focused = await hq.request('GET', `/api/dashboard?${PERIOD}&focus=1&groups=daily-reports`);
    const focusNames = new Set<string>(await db('enterprises').where({ focus: true }).pluck('name'));
    const tables = focused.body.groups[0].tables as { key: string; rows: { cells: Record<string, unknown> }[] }[];
    const named = tables.flatMap((table) => table.rows.map((row) => row.cells.enterprise)).filter((name) => typeof name === 'string');
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((name) => focusNames.has(name as string))).toBe(true);
  });
});
