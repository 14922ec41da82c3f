// Figures bound by parameters (issue 18): a new daily-report version renames "workers on site" and "returned today" and
// says so in `params.figures`; its reports still count in the dashboard's figures, on every test database. Without the
// binding the renamed fields would count nothing (the control case below), so the binding is what keeps the figure.
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
const DAY = '2026-03-02';
const local = (time: string) => new Date(`${DAY}T${time}+08:00`).toISOString();

/** The shipped daily report with two number fields renamed, as version `version`; bound in params when `bind`. */
function renamedVersion(version: number, bind: boolean): FormDefinition {
  const form = structuredClone(readShippedForms().find((f) => f.key === 'daily-report')!);
  const properties = form.schema.properties as Record<string, unknown>;
  const rename = (from: string, to: string) => {
    properties[to] = properties[from];
    delete properties[from];
    form.uiSchema['ui:order'] = (form.uiSchema['ui:order'] as string[]).map((name) => (name === from ? to : name));
    if (form.uiSchema[from]) form.uiSchema[to] = form.uiSchema[from];
    delete form.uiSchema[from];
    for (const key of Object.keys(form.i18n?.en ?? {}))
      if (key === `/${from}` || key.startsWith(`/${from}/`)) {
        form.i18n!.en![key.replace(`/${from}`, `/${to}`)] = form.i18n!.en![key]!;
        delete form.i18n!.en![key];
      }
    form.schema.required = (form.schema.required ?? []).map((name) => (name === from ? to : name));
  };
  rename('workersOnSite', 'peopleAtWork');
  rename('returnedToday', 'backToday');
  form.version = version;
  if (bind) (form.process.params as Record<string, unknown>).figures = { workersOnSite: 'peopleAtWork', returnedToday: 'backToday' };
  return form;
}

describe.each(testDatabases())('daily figures bound by params on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let user: { id: number; enterprise_id: number };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    user = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
  });
  afterAll(async () => {
    await close?.();
  });

  async function fileUnder(version: number, data: Record<string, unknown>, at: string) {
    const id = randomUUID();
    await db('submissions').insert({
      id,
      form_key: 'daily-report',
      form_version: version,
      enterprise_id: user.enterprise_id,
      user_id: user.id,
      data: JSON.stringify(data),
      status: 'received',
      workflow_id: `process-${id}`,
      created_at: at,
      updated_at: at,
    });
    await recordReport(db, TZ, { submissionId: id, formKey: 'daily-report', enterpriseId: user.enterprise_id }, () => new Date(at));
  }

  const dailyTotals = async () => {
    const [group] = await dashboardFigures(db, 'all', { from: DAY, to: DAY, timeZone: TZ, rowLimit: 50 }, ['daily-reports']);
    return Object.fromEntries(group!.totals.map((total) => [total.key, total.value]));
  };

  it('refuses a binding to a field the form does not have, at its pointer', () => {
    const form = renamedVersion(90, false);
    (form.process.params as Record<string, unknown>).figures = { workersOnSite: 'workersOnSite' };
    expect(checkDefinition(form)).toEqual([
      { path: '/process/params/figures/workersOnSite', message: expect.stringContaining('peopleAtWork') },
    ]);
  });

  it('keeps counting people back at work and workers returned after the fields are renamed in a new version', async () => {
    const shipped = readShippedForms().find((f) => f.key === 'daily-report')!.version;
    const bound = renamedVersion(shipped + 1, true);
    expect(checkDefinition(bound)).toEqual([]);
    await syncShippedForms(db, [bound]);
    await openRound(db, TZ, { formKey: 'daily-report', at: local('00:05:00'), workflowId: `round-${randomUUID()}` });
    const numbers = {
      projectsStarted: 2,
      projectsReady: 0,
      projectsDelayed: 0,
      awaitingReturn: 4,
      masks: 10,
      disinfectant: 1,
      thermometers: 1,
    };
    await fileUnder(bound.version, { ...numbers, peopleAtWork: 321, backToday: 17 }, local('10:00:00'));
    expect(await dailyTotals()).toMatchObject({ reporting: 1, workersOnSite: 321, workersReturned: 17, projectsStarted: 2 });

    // The same rename published without the binding: the next report's people are not counted at all.
    const unbound = renamedVersion(shipped + 2, false);
    await syncShippedForms(db, [unbound]);
    await fileUnder(unbound.version, { ...numbers, peopleAtWork: 500, backToday: 30 }, local('11:00:00'));
    expect(await dailyTotals()).toMatchObject({ reporting: 1, workersOnSite: 0, workersReturned: 0, projectsStarted: 2 });
  });
});
