// A cadre reading in English gets the decision form of a difficulty report in English, titles and refusals alike;
// in Chinese, the form as the definition writes it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Every title in a schema. */
function titles(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'title' && typeof value === 'string' ? [value] : titles(value)));
}

describe('the decision form in the reader’s language', () => {
  let system: RunningSystem;
  let cadre: HttpSession;
  let taskId: string;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    const ent01 = new HttpSession(system.baseUrl);
    await ent01.login('ent01', DEMO_PASSWORD);
    const submissionId = randomUUID();
    const filed = await ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'funds', summary: '工程款未到位，无法支付工人工资' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBeLessThan(300);
    cadre = new HttpSession(system.baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
    const task = await eventually(
      async () =>
        ((await cadre.request('GET', '/api/tasks')).body.tasks as { id: string; submissionId: string }[]).find(
          (t) => t.submissionId === submissionId,
        ),
      Boolean,
    );
    taskId = task!.id;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('lists the task without its decision form, which the task itself carries', async () => {
    const listed = ((await cadre.request('GET', '/api/tasks')).body.tasks as { id: string }[]).find((t) => t.id === taskId)!;
    expect(listed).not.toHaveProperty('completionSchema');
    expect(listed).not.toHaveProperty('requiredByAction');
    const { task } = (await cadre.request('GET', `/api/tasks/${encodeURIComponent(taskId)}`)).body;
    expect(Object.keys(task.completionSchema.properties)).toEqual(expect.arrayContaining(['resolution', 'outcome']));
    expect(task.requiredByAction.resolve).toContain('resolution');
  });

  it('titles every field and choice in English for an English reader, and in Chinese for a Chinese one', async () => {
    cadre.locale = 'en';
    const english = (await cadre.request('GET', `/api/tasks/${encodeURIComponent(taskId)}`)).body.task.completionSchema;
    expect(english.properties.resolution.title).toBe('Resolution');
    expect(english.properties.outcome.oneOf.map((choice: { title: string }) => choice.title)).toEqual(['Solved on site', 'Coordinated']);
    expect(titles(english).filter((title) => HAN.test(title))).toEqual([]);
    cadre.locale = 'zh-CN';
    const chinese = (await cadre.request('GET', `/api/tasks/${encodeURIComponent(taskId)}`)).body.task.completionSchema;
    expect(chinese.properties.resolution.title).toBe('办理结果');
  });

  it('refuses a decision’s bad values in the reader’s language, at the field', async () => {
    const bad = { resolution: '已协调', outcome: 'weather', department: '部'.repeat(201) };
    cadre.locale = 'en';
    const refused = await cadre.request('POST', `/api/tasks/${encodeURIComponent(taskId)}/decide`, { action: 'resolve', data: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual(
      expect.arrayContaining([
        { path: '/data/outcome', message: 'Choose one of the listed options' },
        { path: '/data/department', message: 'Enter at most 200 characters' },
      ]),
    );
    cadre.locale = 'zh-CN';
    const chinese = await cadre.request('POST', `/api/tasks/${encodeURIComponent(taskId)}/decide`, { action: 'resolve', data: bad });
    expect(chinese.body.error.details).toEqual(expect.arrayContaining([{ path: '/data/department', message: '最多填写 200 个字' }]));
  });

  it('answers claim, release and the decision with the form in the reader’s language and the decider by name', async () => {
    const path = `/api/tasks/${encodeURIComponent(taskId)}`;
    cadre.locale = 'en';
    const claimed = await cadre.request('POST', `${path}/claim`);
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
    expect(claimed.body.task.completionSchema.properties.resolution.title).toBe('Resolution');
    expect(titles(claimed.body.task.completionSchema).filter((title) => HAN.test(title))).toEqual([]);
    const released = await cadre.request('POST', `${path}/release`);
    expect(released.body.task.completionSchema.properties.resolution.title).toBe('Resolution');
    cadre.locale = 'zh-CN';
    const outcome = claimed.body.task.completionSchema.properties.outcome.oneOf[0].const as string;
    const decided = await cadre.request('POST', `${path}/decide`, { action: 'resolve', data: { resolution: '已协调到位', outcome } });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.task).toMatchObject({ status: 'done', decidedByName: expect.stringMatching(HAN) });
    expect(decided.body.task.completionSchema.properties.resolution.title).toBe('办理结果');
  });
});
