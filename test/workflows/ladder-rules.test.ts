// Rules on form data in a running ladder (issue 18), on the time-skipping server: "urgent → marked critical and cadre SLA
// 2 hours" opens the cadre's task at priority 3, due two hours after the case came in, with the rule's line on the
// timeline; a case no row matches keeps the rungs as the definition has them; a rule can send a case to a named group
// at a later rung and tell extra recipients.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import type { ProcessStartInput } from '#core/domain/process-start';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import type { Rule } from '#forms/rules/rule-types';
import type { LadderParams } from '#workflows/ladder-workflow';
import { ladderTasks } from '../helpers/ladder-tasks';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';

const TZ = 'Asia/Shanghai';
const QUEUE = 'ladder-rules-test';
const HOUR = 3_600_000;

/** How long after the case started its rung is due, in whole hours: the rung opens a moment after the start (the
 * workflow's clock moves on while its first activities run), never a whole minute later. */
const hoursAfter = (dueAt: string, startedAt: number) => {
  const ms = Date.parse(dueAt) - startedAt;
  expect(ms % HOUR).toBeLessThan(60_000);
  return Math.floor(ms / HOUR);
};

const RULES: Rule[] = [
  {
    label: { 'zh-CN': '资金问题', en: 'Funds' },
    when: [{ field: 'category', op: 'equals', value: 'funds' }],
    then: { startAt: 'group', workingGroupKey: 'coordination', notify: { role: 'hq', template: 'case-overdue-alert' } },
  },
  {
    label: { 'zh-CN': '紧急', en: 'Urgent' },
    when: [{ field: 'urgent', op: 'equals', value: true }],
    then: { priority: 3, sla: { cadre: '2 hours' } },
  },
];

// The "原材料短缺报告": cadre within 4 hours, then the materials group within a working day.
const PARAMS: LadderParams = {
  stages: [
    {
      name: 'cadre',
      title: { 'zh-CN': '包挂干部办理', en: 'Assigned cadre' },
      actor: 'cadre-of-enterprise',
      sla: '4 hours',
      actions: ['resolve', 'escalate'],
      onBreach: 'escalate',
    },
    {
      name: 'group',
      title: { 'zh-CN': '原材料供应组办理', en: 'Materials group' },
      actor: 'group-of-category',
      sla: '1 working day',
      actions: ['resolve'],
      onBreach: 'stay-open',
    },
  ],
  rules: RULES,
};

describe('rules on form data in a ladder (time-skipping server)', { timeout: 180_000 }, () => {
  let skipping: TimeSkipping;
  let db: Knex;
  let ent: { id: number; enterprise_id: number };

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    // An enterprise that is not a focus one, so the priorities below come from the rules alone.
    const plain = await db('enterprises').where({ focus: false }).orderBy('id').first('id');
    ent = await db('users').where({ enterprise_id: plain.id, role: 'enterprise' }).first('id', 'enterprise_id');
  });
  beforeEach(async () => {
    skipping = await startTimeSkipping(
      QUEUE,
      createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ }),
    );
  });
  afterEach(async () => {
    await skipping?.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const { openTask } = ladderTasks(
    () => db,
    () => skipping.env.client,
  );

  async function start(data: Record<string, unknown>) {
    const id = randomUUID();
    const at = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'material-shortage',
      form_version: 1,
      enterprise_id: ent.enterprise_id,
      user_id: ent.id,
      data: JSON.stringify(data),
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: at,
      updated_at: at,
    });
    const input: ProcessStartInput<LadderParams> = {
      submissionId: id,
      formKey: 'material-shortage',
      formVersion: 1,
      formTitle: { 'zh-CN': '原材料短缺报告', en: 'Material shortage report' },
      enterpriseId: ent.enterprise_id,
      submitter: { userId: ent.id, name: '企业联络员', email: null, locale: 'zh-CN' },
      data,
      params: PARAMS,
    };
    const handle = await skipping.env.client.workflow.start('ladderWorkflow', {
      taskQueue: QUEUE,
      workflowId: `submission-${id}`,
      args: [input],
    });
    const startedAt = (await handle.describe()).startTime.getTime();
    return { id, handle, startedAt };
  }

  const ruleLines = async (id: string) =>
    (await db('submission_events').where({ submission_id: id, kind: 'ladder.rule' }).orderBy('id').select('detail')).map(
      (row) => JSON.parse(row.detail) as { row: number; line: Record<string, string> },
    );

  it('gives the cadre’s task priority 3 and a 2-hour deadline when the report is urgent, and says so on the timeline', async () => {
    const { id, handle, startedAt } = await start({ category: 'materials', summary: '钢筋断供', urgent: true });
    const task = await openTask(id, 'cadre');
    expect(task.priority).toBe(3);
    expect(hoursAfter(task.due_at, startedAt)).toBe(2);
    expect(await ruleLines(id)).toEqual([
      {
        row: 2,
        line: {
          'zh-CN': '规则 2：紧急 → 定为特急，包挂干部办理时限 2 小时',
          en: 'Rule 2: Urgent → marked critical, Assigned cadre deadline 2 hours',
        },
      },
    ]);
    await handle.terminate('test over');
  });

  it('keeps the definition’s rungs when no row matches', async () => {
    const { id, handle, startedAt } = await start({ category: 'materials', summary: '水泥短缺', urgent: false });
    const task = await openTask(id, 'cadre');
    expect(task.priority).toBe(0);
    expect(hoursAfter(task.due_at, startedAt)).toBe(4);
    expect(await ruleLines(id)).toEqual([]);
    await handle.terminate('test over');
  });

  it('starts a funds report at the group rung, with the comprehensive-coordination group, and tells HQ', async () => {
    const { id, handle } = await start({ category: 'funds', summary: '工程款拖欠' });
    const task = await openTask(id, 'group');
    const coordination = await db('working_groups').where({ key: 'coordination' }).first('id');
    expect(task).toMatchObject({ candidate_group_id: coordination.id, candidate_role: 'special_class' });
    expect(await db('tasks').where({ submission_id: id, step: 'cadre' })).toEqual([]);
    expect((await ruleLines(id)).map((line) => line.line['zh-CN'])).toEqual([
      '规则 1：资金问题 → 从「原材料供应组办理」开始，由综合协调组办理，另行通知',
    ]);
    // The row's extra recipients (every HQ user) are told once.
    const notices = await db('outbox').where('idempotency_key', 'like', `submission-${id}/rules/notify/0/%`).select('to_address');
    expect(notices.map((n) => n.to_address).sort()).toEqual(['hq2@demo.fugong.local', 'hq@demo.fugong.local']);
    await handle.terminate('test over');
  });
});
