// Seed 003 防控物资 on the dashboard (not only on the bulletin): the masks, disinfectant and thermometers each enterprise
// has in stock, read from its latest daily report in the period and added up over the enterprises; which field holds
// each stock figure is the definition's `params.figures` (issue 18), so a renamed field keeps its figure. On every
// test database.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordReport } from '#activities/collection/record-report';
import { openRound } from '#activities/collection/round-opening';
import { prepareDatabase } from '#core/bootstrap';
import { checkDefinition } from '#forms/check-definition';
import type { FormDefinition } from '#forms/form-definition';
import { syncShippedForms } from '#core/stores/forms/form-store';
import { readShippedForms } from '#forms/shipped-forms';
import { dashboardFigures } from '#web/server/dashboard/dashboard-figures';
import { testDatabases } from '../helpers/test-db';

const TZ = 'Asia/Shanghai';
const DAYS = ['2026-03-09', '2026-03-10'] as const;
const local = (day: string, time: string) => new Date(`${day}T${time}+08:00`).toISOString();
const BASE = { projectsStarted: 1, projectsReady: 0, projectsDelayed: 0, workersOnSite: 50, returnedToday: 2, awaitingReturn: 0 };

/** The shipped daily report with its masks field renamed `maskStock`, as version `version`, bound in params. */
function renamedMasks(version: number): FormDefinition {
  const form = structuredClone(readShippedForms().find((f) => f.key === 'daily-report')!);
  const properties = form.schema.properties as Record<string, unknown>;
  properties.maskStock = properties.masks;
  delete properties.masks;
  form.schema.required = (form.schema.required ?? []).map((name) => (name === 'masks' ? 'maskStock' : name));
  form.uiSchema['ui:order'] = (form.uiSchema['ui:order'] as string[]).map((name) => (name === 'masks' ? 'maskStock' : name));
  const en = form.i18n!.en!;
  en['/maskStock'] = en['/masks']!;
  delete en['/masks'];
  form.version = version;
  (form.process.params as Record<string, unknown>).figures = { masks: 'maskStock' };
  return form;
}

describe.each(testDatabases())('epidemic-prevention stock on the dashboard on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let reporters: { id: number; enterprise_id: number }[];

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    reporters = await db('users').whereIn('username', ['ent01', 'ent02']).orderBy('username').select('id', 'enterprise_id');
    for (const day of DAYS)
      await openRound(db, TZ, { formKey: 'daily-report', at: local(day, '00:05:00'), workflowId: `round-${randomUUID()}` });
  });
  afterAll(async () => {
    await close?.();
  });

  async function file(reporter: { id: number; enterprise_id: number }, version: number, data: Record<string, unknown>, at: string) {
    const id = randomUUID();
    await db('submissions').insert({
      id,
      form_key: 'daily-report',
      form_version: version,
      enterprise_id: reporter.enterprise_id,
      user_id: reporter.id,
      data: JSON.stringify(data),
      status: 'received',
      workflow_id: `process-${id}`,
      created_at: at,
      updated_at: at,
    });
    await recordReport(db, TZ, { submissionId: id, formKey: 'daily-report', enterpriseId: reporter.enterprise_id }, () => new Date(at));
  }

  const stock = async (scope: 'all' | number[], from: string, to: string) => {
    const [group] = await dashboardFigures(db, scope, { from, to, timeZone: TZ, rowLimit: 50 }, ['daily-reports']);
    const totals = group!.totals.filter((total) => ['masks', 'disinfectant', 'thermometers'].includes(total.key));
    return {
      values: Object.fromEntries(totals.map((total) => [total.key, total.value])),
      labels: Object.fromEntries(totals.map((total) => [total.key, total.label])),
    };
  };

  it('shows each enterprise’s latest stock added up, not the days added up, with its labels in both languages', async () => {
    const shipped = readShippedForms().find((f) => f.key === 'daily-report')!.version;
    const [ent01, ent02] = reporters as [{ id: number; enterprise_id: number }, { id: number; enterprise_id: number }];
    await file(ent01, shipped, { ...BASE, masks: 6000, disinfectant: 80, thermometers: 24 }, local(DAYS[0], '10:00:00'));
    await file(ent02, shipped, { ...BASE, masks: 1500, disinfectant: 20, thermometers: 6 }, local(DAYS[0], '11:00:00'));
    // Next day ent01 has used masks: its stock is what it reports now; ent02 has not reported yet.
    await file(ent01, shipped, { ...BASE, masks: 5200, disinfectant: 75, thermometers: 24 }, local(DAYS[1], '10:00:00'));

    const both = await stock('all', DAYS[0], DAYS[1]);
    expect(both.values).toEqual({ masks: 5200 + 1500, disinfectant: 75 + 20, thermometers: 24 + 6 });
    expect(both.labels.masks).toEqual({ 'zh-CN': '口罩库存（只）', en: 'Masks in stock' });
    expect(both.labels.disinfectant).toEqual({ 'zh-CN': '消毒液库存（升）', en: 'Disinfectant in stock (litres)' });
    // A period in the past reads the stock as it was then.
    expect((await stock('all', DAYS[0], DAYS[0])).values).toEqual({ masks: 7500, disinfectant: 100, thermometers: 30 });
    // A cadre's scope counts its own enterprises only.
    expect((await stock([ent02.enterprise_id], DAYS[0], DAYS[1])).values).toEqual({ masks: 1500, disinfectant: 20, thermometers: 6 });
  });

  it('keeps the masks figure when a new version renames the field and binds it in params', async () => {
    const shipped = readShippedForms().find((f) => f.key === 'daily-report')!.version;
    const bound = renamedMasks(shipped + 1);
    expect(checkDefinition(bound)).toEqual([]);
    const unbound = structuredClone(bound);
    (unbound.process.params as Record<string, unknown>).figures = { masks: 'masks' };
    expect(checkDefinition(unbound)).toEqual([{ path: '/process/params/figures/masks', message: expect.stringContaining('maskStock') }]);
    await syncShippedForms(db, [bound]);
    const ent02 = reporters[1]!;
    const { masks, ...rest } = { ...BASE, masks: 0, disinfectant: 18, thermometers: 6 };
    expect(masks).toBe(0);
    await file(ent02, bound.version, { ...rest, maskStock: 900 }, local(DAYS[1], '12:00:00'));
    expect((await stock('all', DAYS[0], DAYS[1])).values).toEqual({ masks: 5200 + 900, disinfectant: 75 + 18, thermometers: 24 + 6 });
  });
});
