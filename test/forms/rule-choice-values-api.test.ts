// The tester's bug end to end: a ladder form built in the visual builder with a choice field 主要物资类别 (stored as
// option1…option3, titled 口罩/消毒液/体温计) and the rule "主要物资类别 等于 体温计 → 特急". Written with the title,
// the editor's check and a publish refuse the rule at its value's pointer, in the admin's language; written with the
// stored value, it publishes and fires on a real submission: the cadre's task opens at priority 3 with the rule's line
// on the timeline, and a submission with another option leaves the task as the rungs and the enterprise's flag have it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { suppliesForm } from '../fixtures/supplies-choice-form';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const TITLE = { 'zh-CN': '防疫物资短缺报告', en: 'Epidemic supplies shortage report' };
const VALUE = '/process/params/rules/0/when/0/value';

describe.each(testDatabases())('a rule on a builder choice field, from publish to a real case, on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  let english: HttpSession;
  let enterprise: HttpSession;

  beforeAll(async () => {
    system = await startSystem(database);
    admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    english = new HttpSession(system.baseUrl, 'en');
    await english.login('admin', DEMO_PASSWORD);
    enterprise = new HttpSession(system.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** Saves the draft of `key` with the builder's form and one rule comparing 主要物资类别 with `value`. */
  async function saveWithRule(key: string, draft: Record<string, any>, value: string) {
    const { schema, uiSchema, i18n } = suppliesForm();
    const rule = { label: { 'zh-CN': '体温计特急', en: 'Thermometers critical' }, when: [{ field: 'field1', op: 'equals', value }] };
    const edited = {
      ...draft,
      schema,
      uiSchema,
      i18n: { en: i18n },
      process: { ...draft.process, params: { ...draft.process.params, rules: [{ ...rule, then: { priority: 3 } }] } },
    };
    const saved = await admin.request('PUT', `/api/admin/forms/${key}/draft`, edited);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    return saved.body.draft as Record<string, any>;
  }

  it('refuses the title 体温计 at check and publish, then fires the rule written with option3 on a submission', async () => {
    const key = `supplies-${randomUUID().slice(0, 8)}`;
    const created = await admin.request('POST', '/api/admin/forms', { key, title: TITLE, processType: 'ladder' });
    expect(created.status).toBe(201);

    const typed = await saveWithRule(key, created.body.draft, '体温计');
    const zhMessage =
      '规则 1：「主要物资类别」的值「体温计」是手写的文字，不是选项；请在“办理规则”中从选项里重新选择「体温计」（可选：口罩、消毒液、体温计）';
    expect((await admin.request('POST', '/api/admin/forms/check', typed)).body.problems).toEqual([{ path: VALUE, message: zhMessage }]);
    const zh = await admin.request('POST', `/api/admin/forms/${key}/publish`);
    expect(zh.status).toBe(422);
    expect(zh.body.error).toMatchObject({ code: 'broken_references', details: [{ path: VALUE, message: zhMessage }] });
    const en = await english.request('POST', `/api/admin/forms/${key}/publish`);
    expect(en.status).toBe(422);
    expect(en.body.error.details).toEqual([
      {
        path: VALUE,
        message:
          'Rule 1: "Main supplies" holds the typed text "体温计", not an option; pick "Thermometers" from its options under Handling rules (options: Masks, Disinfectant, Thermometers)',
      },
    ]);
    expect(await system.db('form_definitions').where({ key, status: 'published' }).first()).toBeUndefined();

    const picked = await saveWithRule(key, typed, 'option3');
    expect((await admin.request('POST', '/api/admin/forms/check', picked)).body.problems).toEqual([]);
    const published = await admin.request('POST', `/api/admin/forms/${key}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    const file = async (choice: string) => {
      const submissionId = randomUUID();
      const data = { field1: choice, field3: false, summary: '体温计缺口 200 支' };
      const filed = await enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId, data });
      expect(filed.status, JSON.stringify(filed.body)).toBe(202);
      const task = await eventually(
        () => system.db('tasks').where({ submission_id: submissionId, step: 'cadre' }).first('priority'),
        (row) => Boolean(row),
      );
      const lines = await system.db('submission_events').where({ submission_id: submissionId, kind: 'ladder.rule' }).pluck('detail');
      return { priority: Number(task.priority), lines: lines.map((detail) => (typeof detail === 'string' ? JSON.parse(detail) : detail)) };
    };

    expect(await file('option3')).toEqual({
      priority: 3,
      lines: [{ row: 1, line: { 'zh-CN': '规则 1：体温计特急 → 定为特急', en: 'Rule 1: Thermometers critical → marked critical' } }],
    });
    // ent01 is a focus enterprise, whose tasks open at priority 1 without any rule.
    expect(await file('option1')).toEqual({ priority: 1, lines: [] });
  });
});
