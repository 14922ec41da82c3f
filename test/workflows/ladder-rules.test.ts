// Rules on form data in a running ladder (issue 18), on the time-skipping server: "urgent → marked critical and cadre SLA
// 2 hours" opens the cadre's task at priority 3, due two hours after the case came in, with the rule's line on the
// timeline; a case no row matches keeps the rungs as the definition has them; a rule can send a case to a named group
// at a later rung and tell extra recipients.
import { describe, expect, it } from 'vitest';
import type { Rule } from '#forms/rules/rule-types';
import type { LadderParams } from '#workflows/ladder-workflow';
import { ladderSuite } from '../helpers/ladder-suite';

const QUEUE = 'ladder-rules-test';
const HOUR = 3_600_000;
const SHORTAGE = { key: 'material-shortage', version: 1, title: { 'zh-CN': '原材料短缺报告', en: 'Material shortage report' } };

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
  const suite = ladderSuite(QUEUE, {
    // An enterprise that is not a focus one, so the priorities below come from the rules alone.
    submitter: async (db) => {
      const plain = await db('enterprises').where({ focus: false }).orderBy('id').first('id');
      return db('users').where({ enterprise_id: plain.id, role: 'enterprise' }).first('id', 'enterprise_id');
    },
  });
  const { openTask } = suite;

  async function start(data: Record<string, unknown>) {
    const { id, handle } = await suite.start({ form: SHORTAGE, data, email: null, params: PARAMS });
    const startedAt = (await handle.describe()).startTime.getTime();
    return { id, handle, startedAt };
  }

  const ruleLines = async (id: string) =>
    (await suite.db('submission_events').where({ submission_id: id, kind: 'ladder.rule' }).orderBy('id').select('detail')).map(
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
    const coordination = await suite.db('working_groups').where({ key: 'coordination' }).first('id');
    expect(task).toMatchObject({ candidate_group_id: coordination.id, candidate_role: 'special_class' });
    expect(await suite.db('tasks').where({ submission_id: id, step: 'cadre' })).toEqual([]);
    expect((await ruleLines(id)).map((line) => line.line['zh-CN'])).toEqual([
      '规则 1：资金问题 → 从「原材料供应组办理」开始，由综合协调组办理，另行通知',
    ]);
    // The row's extra recipients (every HQ user) are told once.
    const notices = await suite.db('outbox').where('idempotency_key', 'like', `submission-${id}/rules/notify/0/%`).select('to_address');
    expect(notices.map((n) => n.to_address).sort()).toEqual(['hq2@demo.fugong.local', 'hq@demo.fugong.local']);
    await handle.terminate('test over');
  });
});
