import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import type { ProcessStartInput } from '#core/domain/process-start';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import type { LadderParams, LadderResult } from '#workflows/ladder-workflow';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { openSqlite } from '../helpers/test-db';
import { ladderForm } from '#scripts/kit/ladder-definition';

describe('ladder process: SLA breaches (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let db: Knex;
  let skipping: TimeSkipping;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    skipping = await startTimeSkipping(
      'ladder-test',
      createActivities({
        db,
        renderer: createTemplateRenderer('Asia/Shanghai'),
        from: 'noreply@fugong.local',
        publicUrl: 'https://fugong.example.gov.cn',
      }),
    );
    env = skipping.env;
  });
  afterAll(async () => {
    await skipping?.stop();
    await db?.destroy();
  });

  it('escalates to the working group when the cadre lets the SLA pass, and expires when the group does too', async () => {
    const user = await db('users').where({ username: 'ent01' }).first();
    // The cadre reads English, the group Chinese: each overdue notice says what became of the task in its reader's language.
    await db('users').where({ username: 'cadre1' }).update({ locale: 'en' });
    const id = '0c0c0c0c-0000-4000-8000-000000000001';
    const at = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'shortage',
      form_version: 1,
      enterprise_id: user.enterprise_id,
      user_id: user.id,
      data: '{}',
      status: 'submitted',
      workflow_id: `submission-${id}`,
      case_number: 'KN-20261205-0901',
      created_at: at,
      updated_at: at,
    });
    const params = ladderForm('shortage', ['1 hour', '2 hours']).process.params as unknown as LadderParams;
    const input: ProcessStartInput<LadderParams> = {
      submissionId: id,
      formKey: 'shortage',
      formVersion: 1,
      formTitle: { 'zh-CN': '物资短缺报告', en: 'Material shortage report' },
      enterpriseId: user.enterprise_id,
      submitter: { userId: user.id, name: '张三', email: null, locale: 'zh-CN' },
      data: { summary: '水泥断供' },
      params,
    };
    const handle = await env.client.workflow.start('ladderWorkflow', {
      taskQueue: 'ladder-test',
      workflowId: `submission-${id}`,
      args: [input],
    });
    const result: LadderResult = await handle.result();
    expect(result).toMatchObject({
      status: 'expired',
      stage: 'group',
      path: [
        { stage: 'cadre', outcome: 'sla-breached' },
        { stage: 'group', outcome: 'sla-breached' },
      ],
    });
    const tasks = await db('tasks')
      .where({ submission_id: id })
      .orderBy('created_at')
      .select('step', 'status', 'assignee_user_id', 'candidate_role', 'due_at');
    const cadre1 = await db('users').where({ username: 'cadre1' }).first();
    expect(tasks.map((t) => [t.step, t.status])).toEqual([
      ['cadre', 'escalated'],
      ['group', 'expired'],
    ]);
    expect(tasks[0].assignee_user_id).toBe(cadre1.id);
    expect(tasks[1].candidate_role).toBe('special_class');
    expect(Date.parse(tasks[1].due_at) - Date.parse(tasks[0].due_at)).toBeGreaterThanOrEqual(2 * 3600_000);
    expect(await db('submissions').where({ id }).first()).toMatchObject({ status: 'expired' });
    const notices = await db('outbox')
      .whereIn('template', ['task-assigned', 'task-due-soon', 'task-overdue'])
      .orderBy('id')
      .select('template', 'to_address');
    expect(notices.map((n) => `${n.template} → ${n.to_address.split('@')[0]}`)).toEqual([
      'task-assigned → cadre1',
      'task-due-soon → cadre1',
      'task-overdue → cadre1',
      'task-assigned → class-coordination',
      'task-due-soon → class-coordination',
      'task-overdue → class-coordination',
    ]);
    const overdue = await db('outbox').where({ template: 'task-overdue' }).orderBy('id').select('to_address', 'text_body');
    const link = (taskId: string) => `https://fugong.example.gov.cn/#/tasks/${encodeURIComponent(`submission-${id}/${taskId}`)}`;
    expect(overdue[0].text_body).toContain('passed its deadline of');
    expect(overdue[0].text_body).toContain('; it has been escalated to Enterprise service class (Comprehensive coordination).');
    expect(overdue[0].text_body).toContain(link('0-0-cadre'));
    expect(overdue[1].text_body).toContain('超过办理时限，已关闭：超时未办理，案件已按流程规定以“已超期”结束。');
    expect(overdue[1].text_body).toContain(link('1-1-group'));
    for (const { text_body: text } of overdue) {
      expect(text).toContain('KN-20261205-0901');
      expect(text).not.toMatch(/升级或关闭|escalated or closed/);
    }
  });
});
